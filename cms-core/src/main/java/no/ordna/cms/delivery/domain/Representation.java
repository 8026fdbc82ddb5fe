package no.ordna.cms.delivery.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A finished delivery answer: the JSON bytes, their strong ETag, the newest publication time in
 * them, the locale to announce, and the cache tags ({@code item:<id>}, {@code type:<key>}, {@code
 * asset:<id>}) whose change makes it stale.
 */
public record Representation(
    byte[] body, String etag, Instant lastModified, String contentLanguage, Set<String> tags) {

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
