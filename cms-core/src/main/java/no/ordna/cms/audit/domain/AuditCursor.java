package no.ordna.cms.audit.domain;

import java.time.Instant;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Keyset;

/** Where a page of the audit trail ended: the last event's time and id (newest first). */
public record AuditCursor(Instant occurredAt, String id) {

  private static final String LIST = "audit";

  /** The opaque cursor of this position. */
  public Cursor cursor() {
    return Keyset.cursor(LIST, occurredAt, id);
  }

  /** The position of a cursor of this list; a 400 naming {@code cursor} for any other. */
  public static AuditCursor from(Cursor cursor) {
    Keyset keyset = Keyset.read(cursor, LIST, 2);
    return new AuditCursor(keyset.instant(0), keyset.text(1));
  }
}
