package no.ordna.cms.audit.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Where a page of the audit trail ended: the last event's time and id. */
public record AuditCursor(Instant occurredAt, String id) {

  public String encode() {
    String raw = occurredAt.getEpochSecond() + ":" + occurredAt.getNano() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<AuditCursor> decode(String text) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", 3);
      if (parts.length != 3 || parts[2].length() != 36) {
        return Optional.empty();
      }
      return Optional.of(
          new AuditCursor(
              Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
