package no.ordna.cms.delivery.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * A finished delivery answer: the JSON bytes, their strong ETag, the newest publication time in
 * them, the locale to announce, and the cache tags ({@code item:<id>}, {@code type:<key>}, {@code
 * asset:<id>}) whose change makes it stale.
 */
public record Representation(
    byte[] body,
    String etag,
    Instant lastModified,
    String contentLanguage,
    Set<String> tags,
    String lastModifiedHeader) {

  /** A representation whose {@code Last-Modified} header value is formatted once, here. */
  public Representation(
      byte[] body, String etag, Instant lastModified, String contentLanguage, Set<String> tags) {
    this(body, etag, lastModified, contentLanguage, tags, httpDate(lastModified));
  }

  /** An HTTP date (RFC 9110), e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  public static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        instant.atOffset(ZoneOffset.UTC).withNano(0));
  }

  public static String itemTag(String itemId) {
    return "item:" + itemId;
  }

  public static String assetTag(String assetId) {
    return "asset:" + assetId;
  }

  public static String typeTag(String typeKey) {
    return "type:" + typeKey;
  }

  /** Tag of everything that lists all content (sitemaps). */
  public static final String ALL = "all";
}
