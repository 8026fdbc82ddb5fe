package no.ordna.cms.web.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One static file of the editorial app, held in memory: its bytes, their gzip form when that is
 * smaller (made once, so serving a compressed file costs nothing per request), its media type and a
 * strong ETag from a SHA-256 of the content.
 */
record StaticFile(String mediaType, byte[] body, byte[] gzipped, String hash) {

  private static final int MIN_COMPRESSIBLE = 512;

  static StaticFile of(String path, byte[] body) {
    String type = mediaType(path);
    byte[] gzipped = compressible(type) && body.length >= MIN_COMPRESSIBLE ? gzip(body) : null;
    if (gzipped != null && gzipped.length >= body.length) {
      gzipped = null;
    }
    return new StaticFile(type, body, gzipped, sha256(body).substring(0, 20));
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

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
