package no.ordna.cms.platform.outbound;

/**
 * How an outbound call went: the status code (0 when there was no answer), how long it took, the
 * first bytes of the answer as text, and the error when it failed before an answer (a timeout, a
 * refused address, a connection failure).
 */
public record OutboundResponse(int status, long durationMillis, String excerpt, String error) {

  /** Whether the receiver took it: a 2xx answer. */
  public boolean success() {
    return error == null && status >= 200 && status < 300;
  }
}
