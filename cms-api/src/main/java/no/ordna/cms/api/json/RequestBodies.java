package no.ordna.cms.api.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.JsonDocuments;

/** Small guards for request bodies read as JSON objects. */
public final class RequestBodies {

  private RequestBodies() {}

  /** A body is required; an empty one is a 400 with a clear message. */
  public static JsonObject require(JsonValue body) {
    if (body == null) {
      throw new InvalidInputException("missing-body", "A JSON object body is required");
    }
    if (body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidInputException(
          "body-not-an-object",
          "The request body must be a JSON object, not " + JsonDocuments.typeName(body));
    }
    return body.asJsonObject();
  }
}
