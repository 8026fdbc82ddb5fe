package no.ordna.cms.api.json;

import jakarta.json.JsonObject;
import no.ordna.cms.shared.InvalidInputException;

/** Small guards for request bodies read as JSON objects. */
public final class RequestBodies {

  private RequestBodies() {}

  /** A body is required; an empty one is a 400 with a clear message. */
  public static JsonObject require(JsonObject body) {
    if (body == null) {
      throw new InvalidInputException("missing-body", "A JSON object body is required");
    }
    return body;
  }
}
