package no.ordna.cms.delivery.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A finished delivery answer: the bytes, their strong ETag, the newest publication time in them,
 * the locale to announce, the cache tags ({@code item:<id>}, {@code type:<key>}, {@code
 * asset:<id>}) whose change makes it stale, the same bytes gzipped (made once, when the answer is
 * made, so a cached answer costs no compression; absent when compressing does not pay), and its
 * {@link SurrogateKeys} as the {@code Surrogate-Key} (space-separated) and {@code Cache-Tag}
 * (comma-separated) header values, also made once.
 */
public record Representation(
    byte[] body,
    String etag,
    Instant lastModified,
    String contentLanguage,
    Set<String> tags,
    String lastModifiedHeader,
    byte[] gzipped,
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
        gzip(body),
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
      java.util.List<String> keys) {
    this(
        body,
        etag,
        lastModified,
        contentLanguage,
        tags,
        lastModifiedHeader,
        gzipped,
        String.join(" ", keys),
        String.join(",", keys));
  }

  /** The bytes to send to a client that does ({@code true}) or does not take gzip. */
  public byte[] bytes(boolean gzip) {
    return gzip && gzipped != null ? gzipped : body;
  }

  /** Whether {@link #bytes(boolean) bytes(true)} are compressed. */
  public boolean compressed() {
    return gzipped != null;
  }

  /** The memory the answer holds. */
  public int size() {
    return body.length + (gzipped == null ? 0 : gzipped.length);
  }

  static byte[] gzip(byte[] body) {
    if (body.length < MIN_COMPRESSIBLE) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() < body.length ? out.toByteArray() : null;
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
