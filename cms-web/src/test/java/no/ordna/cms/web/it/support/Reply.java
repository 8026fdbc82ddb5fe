package no.ordna.cms.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/** An HTTP answer: status, headers, body text, and the body as JSON when it is JSON. */
public record Reply(int status, HttpHeaders headers, String body) {

  public JsonObject json() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON object (status " + status + "): " + body, e);
    }
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String etag() {
    return header("ETag");
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
