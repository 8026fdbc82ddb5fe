package no.ordna.cms.content.domain;

import java.time.Instant;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Keyset;

/**
 * Where a page of the item list ended: the last item's update time and id (the list is ordered
 * newest change first, then by id).
 */
public record ItemCursor(Instant updatedAt, String id) {

  private static final String LIST = "items";

  /** The opaque cursor of this position. */
  public Cursor cursor() {
    return Keyset.cursor(LIST, updatedAt, id);
  }

  /** The position of a cursor of this list; a 400 naming {@code cursor} for any other. */
  public static ItemCursor from(Cursor cursor) {
    Keyset keyset = Keyset.read(cursor, LIST, 2);
    return new ItemCursor(keyset.instant(0), keyset.text(1));
  }
}
