package no.ordna.cms.web.it.support;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An HTTP answer whose body is bytes (a file), with the body as JSON when it is a problem. */
public record BinaryReply(int status, HttpHeaders headers, byte[] body) {

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** The body read as JSON (an API answer or a problem). */
  public Reply asReply() {
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return status + " (" + body.length + " bytes) " + header("Content-Type");
  }
}
