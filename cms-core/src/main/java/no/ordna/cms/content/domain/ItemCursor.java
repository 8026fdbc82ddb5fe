package no.ordna.cms.content.domain;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the item list ended: the last item's update time and id (the list is ordered
 * newest change first, then by id). Opaque to clients as a URL-safe string.
 */
public record ItemCursor(Instant updatedAt, String id) {

  public String encode() {
    String raw = updatedAt.getEpochSecond() + ":" + updatedAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Empty when the text is not a cursor this list made. */
  public static Optional<ItemCursor> decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 3);
      if (parts.length != 3 || parts[2].length() != 36) {
        return Optional.empty();
      }
      Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
      return Optional.of(new ItemCursor(at, parts[2]));
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
