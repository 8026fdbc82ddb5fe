package no.ordna.cms.api.http;

import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * The content coding to send an answer in, from the client's {@code Accept-Encoding} (RFC 9110,
 * 12.5.3) and the forms the answer has: the coding with the highest weight above zero, named or
 * through {@code *}; between equal weights Brotli before gzip. No header, a header naming neither,
 * or one that cannot be read means the bytes as they are (a malformed header is never an error).
 */
public final class AcceptEncoding {

  private static final int MAX_HEADER = 1000;

  private AcceptEncoding() {}

  /**
   * The coding for an answer that has a gzip form ({@code gzip}) and/or a Brotli form ({@code
   * brotli}); {@link ContentCoding#IDENTITY} when the client takes neither.
   */
  public static ContentCoding choose(String header, boolean gzip, boolean brotli) {
    if (header == null || header.isEmpty() || header.length() > MAX_HEADER || !(gzip || brotli)) {
      return ContentCoding.IDENTITY;
    }
    int gzipWeight = -1;
    int brotliWeight = -1;
    int anyWeight = -1;
    int start = 0;
    while (start <= header.length()) {
      int end = header.indexOf(',', start);
      if (end < 0) {
        end = header.length();
      }
      int semicolon = header.indexOf(';', start);
      int tokenEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
      String coding = header.substring(start, tokenEnd).trim();
      int weight = tokenEnd < end ? weight(header.substring(tokenEnd + 1, end)) : 1000;
      if (weight >= 0) {
        if (coding.equalsIgnoreCase("br")) {
          brotliWeight = weight;
        } else if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
          gzipWeight = Math.max(gzipWeight, weight);
        } else if (coding.equals("*")) {
          anyWeight = weight;
        }
      }
      start = end + 1;
    }
    int b = brotli ? (brotliWeight >= 0 ? brotliWeight : anyWeight) : -1;
    int g = gzip ? (gzipWeight >= 0 ? gzipWeight : anyWeight) : -1;
    if (b > 0 && b >= g) {
      return ContentCoding.BROTLI;
    }
    if (g > 0) {
      return ContentCoding.GZIP;
    }
    return ContentCoding.IDENTITY;
  }

  /** The coding to send {@code answer} in, of the compressed forms it has. */
  public static ContentCoding choose(String header, Representation answer) {
    return choose(header, answer.has(ContentCoding.GZIP), answer.has(ContentCoding.BROTLI));
  }

  /** Whether a client takes gzip; for answers that have no Brotli form. */
  public static boolean gzip(String header) {
    return choose(header, true, false) == ContentCoding.GZIP;
  }

  /**
   * The weight of the parameters after a coding ({@code q=0.5} → 500), 1000 without {@code q}, -1
   * when they cannot be read (the element is then ignored).
   */
  static int weight(String parameters) {
    int weight = 1000;
    for (String parameter : parameters.split(";")) {
      String p = parameter.trim();
      if (p.isEmpty()) {
        continue;
      }
      int equals = p.indexOf('=');
      if (equals < 0) {
        return -1;
      }
      if (!p.substring(0, equals).trim().equalsIgnoreCase("q")) {
        continue; // codings take no other parameters; an unknown one does not change the weight
      }
      weight = qvalue(p.substring(equals + 1).trim());
      if (weight < 0) {
        return -1;
      }
    }
    return weight;
  }

  /** {@code 0}, {@code 0.xyz}, {@code 1} or {@code 1.000} as thousandths; -1 otherwise. */
  static int qvalue(String q) {
    if (q.isEmpty() || q.length() > 5 || (q.charAt(0) != '0' && q.charAt(0) != '1')) {
      return -1;
    }
    int whole = q.charAt(0) - '0';
    if (q.length() == 1) {
      return whole * 1000;
    }
    if (q.charAt(1) != '.') {
      return -1;
    }
    int thousandths = 0;
    int scale = 100;
    for (int i = 2; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      thousandths += (c - '0') * scale;
      scale /= 10;
    }
    if (whole == 1 && thousandths > 0) {
      return -1;
    }
    return whole * 1000 + thousandths;
  }
}
