package no.ordna.cms.delivery.domain;

import java.util.Optional;
import java.util.regex.Pattern;
import no.ordna.cms.shared.paging.Cursor;

/**
 * Where a page of a delivery list ended: the last row's sort value (epoch microseconds, or the hex
 * of a title's collation key) and its snapshot id, carried in the shared, checked {@link Cursor}.
 */
public record ListCursor(String sortValue, String snapshotId) {

  private static final Pattern SORT_VALUE = Pattern.compile("-?[0-9a-f]*");

  public ListCursor {
    if (!SORT_VALUE.matcher(sortValue).matches() || snapshotId.length() != 36) {
      throw new IllegalArgumentException("not a list position: " + sortValue + "~" + snapshotId);
    }
  }

  /** The position a cursor holds; empty when it is not one of a delivery list. */
  public static Optional<ListCursor> of(Cursor cursor) {
    if (cursor.parts().size() != 2
        || !SORT_VALUE.matcher(cursor.part(0)).matches()
        || cursor.part(1).length() != 36) {
      return Optional.empty();
    }
    return Optional.of(new ListCursor(cursor.part(0), cursor.part(1)));
  }

  public Cursor toCursor() {
    return Cursor.of(sortValue, snapshotId);
  }
}
