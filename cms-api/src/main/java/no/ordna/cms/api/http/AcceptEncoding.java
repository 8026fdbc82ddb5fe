package no.ordna.cms.api.http;

/**
 * Whether a client takes gzip ({@code Accept-Encoding}, RFC 9110 §12.5.3): named, or {@code *},
 * with a weight above zero. Brotli is not offered: the Java runtime has no encoder for it.
 */
public final class AcceptEncoding {

  private AcceptEncoding() {}

  public static boolean gzip(String header) {
    if (header == null || header.length() > 1000) {
      return false;
    }
    boolean wildcard = false;
    for (String element : header.split(",")) {
      String[] parts = element.trim().split(";");
      if (parts.length == 0) {
        continue;
      }
      String coding = parts[0].trim();
      boolean refused = false;
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].replace(" ", "");
        refused |= param.matches("(?i)q=0(\\.0{0,3})?");
      }
      if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
        return !refused;
      }
      if (coding.equals("*")) {
        wildcard = !refused;
      }
    }
    return wildcard;
  }
}
