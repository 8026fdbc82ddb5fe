package no.ordna.cms.delivery.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import no.ordna.cms.shared.compression.Compression;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * A finished delivery answer: the bytes, their strong ETag, the newest publication time in them,
 * the locale to announce, the cache tags ({@code item:<id>}, {@code type:<key>}, {@code
 * asset:<id>}) whose change makes it stale, the same bytes gzipped and in Brotli (made once, when
 * the answer is made, so a cached answer costs no compression; absent when compressing does not pay
 * or, for Brotli, when the runtime has no encoder), and its {@link SurrogateKeys} as the {@code
 * Surrogate-Key} (space-separated) and {@code Cache-Tag} (comma-separated) header values, also made
 * once.
 */
public record Representation(
    byte[] body,
    String etag,
    Instant lastModified,
    String contentLanguage,
    Set<String> tags,
    String lastModifiedHeader,
    byte[] gzipped,
    byte[] brotli,
    String surrogateKey,
    String cacheTag) {

  /** Smaller bodies go out as they are: gzip's header would eat the gain. */
  static final int MIN_COMPRESSIBLE = 860;

  /**
   * A representation whose {@code Last-Modified} header value is formatted once and whose
   * compressed form is made once, here.
   */
  public Representation(
      byte[] body, String etag, Instant lastModified, String contentLanguage, Set<String> tags) {
    this(
        body,
        etag,
        lastModified,
        contentLanguage,
        tags,
        httpDate(lastModified),
        compress(body, ContentCoding.GZIP),
        compress(body, ContentCoding.BROTLI),
        SurrogateKeys.of(tags, contentLanguage));
  }

  private Representation(
      byte[] body,
      String etag,
      Instant lastModified,
      String contentLanguage,
      Set<String> tags,
      String lastModifiedHeader,
      byte[] gzipped,
      byte[] brotli,
      java.util.List<String> keys) {
    this(
        body,
        etag,
        lastModified,
        contentLanguage,
        tags,
        lastModifiedHeader,
        gzipped,
        brotli,
        String.join(" ", keys),
        String.join(",", keys));
  }

  /** The bytes of this answer in {@code coding}; the uncompressed ones when it has no such form. */
  public byte[] bytes(ContentCoding coding) {
    return switch (coding) {
      case GZIP -> gzipped != null ? gzipped : body;
      case BROTLI -> brotli != null ? brotli : body;
      case IDENTITY -> body;
    };
  }

  /** Whether this answer has a compressed form in {@code coding} (identity always). */
  public boolean has(ContentCoding coding) {
    return switch (coding) {
      case GZIP -> gzipped != null;
      case BROTLI -> brotli != null;
      case IDENTITY -> true;
    };
  }

  /** The memory the answer holds. */
  public int size() {
    return body.length
        + (gzipped == null ? 0 : gzipped.length)
        + (brotli == null ? 0 : brotli.length);
  }

  static byte[] compress(byte[] body, ContentCoding coding) {
    if (body.length < MIN_COMPRESSIBLE) {
      return null;
    }
    return switch (coding) {
      case GZIP -> Compression.gzip(body);
      case BROTLI -> Compression.brotli(body);
      case IDENTITY -> null;
    };
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
