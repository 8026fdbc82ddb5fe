package no.ordna.cms.shared.paging;

import java.util.Optional;

/**
 * One page of a list as a client asked for it: at most {@code limit} entries, after {@code cursor}
 * (the {@code next} of the previous page), or from the start when there is none. Each list keeps
 * its own default and largest limit; the HTTP edge checks them before a request is made.
 */
public record PageRequest(int limit, Optional<Cursor> cursor) {

  public PageRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("a page holds at least one entry");
    }
    cursor = cursor == null ? Optional.empty() : cursor;
  }

  /** The first page. */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, Optional.empty());
  }

  /** The page after {@code cursor}. */
  public static PageRequest after(int limit, Cursor cursor) {
    return new PageRequest(limit, Optional.of(cursor));
  }

  /**
   * How many rows to fetch to tell whether another page follows: one more than the limit (see
   * {@link Page#of}).
   */
  public int fetchSize() {
    return limit + 1;
  }
}
