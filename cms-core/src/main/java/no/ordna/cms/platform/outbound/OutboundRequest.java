package no.ordna.cms.platform.outbound;

import java.net.URI;
import java.util.Map;

/** One outbound call: method, URL, headers and an optional body with its media type. */
public record OutboundRequest(
    String method, URI uri, Map<String, String> headers, byte[] body, String contentType) {

  public OutboundRequest {
    headers = Map.copyOf(headers);
  }
}
