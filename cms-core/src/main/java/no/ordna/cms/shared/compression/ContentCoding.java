package no.ordna.cms.shared.compression;

/**
 * A content coding an answer can be sent in (RFC 9110, 8.4.1), with its token for {@code
 * Content-Encoding}. The order is the server's preference when a client weighs two alike: Brotli
 * first (smaller), then gzip, then the bytes as they are.
 */
public enum ContentCoding {
  BROTLI("br"),
  GZIP("gzip"),
  IDENTITY("identity");

  private final String token;

  ContentCoding(String token) {
    this.token = token;
  }

  /** The {@code Content-Encoding} value ({@code br}, {@code gzip}); identity sends none. */
  public String token() {
    return token;
  }
}
