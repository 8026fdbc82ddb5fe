package no.ordna.cms.web.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.ordna.cms.api.http.AcceptEncoding;
import no.ordna.cms.shared.compression.Compression;
import no.ordna.cms.shared.compression.ContentCoding;

/**
 * One static file of the editorial app, held in memory: its bytes, their gzip and Brotli forms when
 * those are smaller (made once, so serving a compressed file costs nothing per request), its media
 * type and a strong ETag from a SHA-256 of the content.
 */
record StaticFile(String mediaType, byte[] body, byte[] gzipped, byte[] brotli, String hash) {

  private static final int MIN_COMPRESSIBLE = 512;

  static StaticFile of(String path, byte[] body) {
    String type = mediaType(path);
    boolean compress = compressible(type) && body.length >= MIN_COMPRESSIBLE;
    return new StaticFile(
        type,
        body,
        compress ? Compression.gzip(body) : null,
        compress ? Compression.brotli(body) : null,
        sha256(body).substring(0, 20));
  }

  /** The coding to send this file in for a client's {@code Accept-Encoding}. */
  ContentCoding coding(String acceptEncoding) {
    return AcceptEncoding.choose(acceptEncoding, gzipped != null, brotli != null);
  }

  /** The bytes in {@code coding} (one {@link #coding} chose). */
  byte[] bytes(ContentCoding coding) {
    return switch (coding) {
      case GZIP -> gzipped;
      case BROTLI -> brotli;
      case IDENTITY -> body;
    };
  }

  String etag() {
    return "\"" + hash + "\"";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String mediaType(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (extension) {
      case "js", "mjs" -> "text/javascript;charset=UTF-8";
      case "css" -> "text/css;charset=UTF-8";
      case "html" -> "text/html;charset=UTF-8";
      case "json", "map" -> "application/json;charset=UTF-8";
      case "svg" -> "image/svg+xml";
      case "png" -> "image/png";
      case "ico" -> "image/x-icon";
      case "woff2" -> "font/woff2";
      case "txt" -> "text/plain;charset=UTF-8";
      default -> "application/octet-stream";
    };
  }

  private static boolean compressible(String type) {
    return type.startsWith("text/") || type.startsWith("application/json") || type.contains("svg");
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
