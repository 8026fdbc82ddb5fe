package no.ordna.cms.content.domain;

import java.time.Instant;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Keyset;

/**
 * Where a page of the trash ended: the last item's deletion time and id (most recently deleted
 * first, then by id).
 */
public record TrashCursor(Instant deletedAt, String id) {

  private static final String LIST = "trash";

  /** The opaque cursor of this position. */
  public Cursor cursor() {
    return Keyset.cursor(LIST, deletedAt, id);
  }

  /** The position of a cursor of this list; a 400 naming {@code cursor} for any other. */
  public static TrashCursor from(Cursor cursor) {
    Keyset keyset = Keyset.read(cursor, LIST, 2);
    return new TrashCursor(keyset.instant(0), keyset.text(1));
  }
}
