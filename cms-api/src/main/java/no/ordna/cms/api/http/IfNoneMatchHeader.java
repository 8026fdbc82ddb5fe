package no.ordna.cms.api.http;

/**
 * Reads {@code If-None-Match} at the edge (RFC 9110, 13.1.2): whether it names an answer's ETag, by
 * the weak comparison a conditional GET uses ({@code W/"x"} matches {@code "x"}), or is {@code *}.
 * A malformed header simply does not match: the full answer is sent.
 */
public final class IfNoneMatchHeader {

  private IfNoneMatchHeader() {}

  /** Whether the header names {@code etag} (or is {@code *}); false without a header. */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
