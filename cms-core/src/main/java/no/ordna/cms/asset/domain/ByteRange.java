package no.ordna.cms.asset.domain;

import java.util.Optional;

/**
 * One satisfiable byte range of a file ({@code first} to {@code last}, inclusive), from an HTTP
 * {@code Range} header (RFC 9110 §14). Only single ranges are honoured: a multi-range request or an
 * unreadable header is answered with the whole file, as the RFC allows.
 */
public record ByteRange(long first, long last) {

  /** How a {@code Range} header applies to a file of a given size. */
  public sealed interface Outcome permits Whole, Partial, Unsatisfiable {}

  /** Serve the whole file (no header, or one to ignore). */
  public record Whole() implements Outcome {}

  /** Serve this range with 206. */
  public record Partial(ByteRange range) implements Outcome {}

  /** Answer 416 with {@code Content-Range: bytes * /size}. */
  public record Unsatisfiable() implements Outcome {}

  public long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} value for this range of a file of {@code size} bytes. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  public static Outcome of(String header, long size) {
    if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
      return new Whole();
    }
    String spec = header.substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return new Whole();
    }
    Optional<Long> start = number(spec.substring(0, dash));
    Optional<Long> end = number(spec.substring(dash + 1));
    if (start.isEmpty() && end.isEmpty()) {
      return new Whole();
    }
    if (start.isEmpty()) {
      long suffix = end.get();
      if (suffix == 0 || size == 0) {
        return new Unsatisfiable();
      }
      return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
    }
    long first = start.get();
    if (end.isPresent() && end.get() < first) {
      return new Whole();
    }
    if (first >= size) {
      return new Unsatisfiable();
    }
    long last = end.map(e -> Math.min(e, size - 1)).orElse(size - 1);
    return new Partial(new ByteRange(first, last));
  }

  private static Optional<Long> number(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()
        || trimmed.length() > 18
        || !trimmed.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(trimmed));
  }
}
