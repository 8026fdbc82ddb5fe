package no.ordna.cms.translation.domain;

import java.time.Instant;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Keyset;

/**
 * Where a page of the translation queue ended, in one of its orders: the last item's sort value
 * ({@code at}: its source's first publication, null when never published, or for {@code -updatedAt}
 * its last change) and its id. A cursor of another order is not one of this list's.
 */
public record QueueCursor(String sort, Instant at, String id) {

  /** The opaque cursor of this position. */
  public Cursor cursor() {
    return Keyset.cursor(list(sort), at, id);
  }

  /** The position of a cursor of the queue in {@code sort}; a 400 naming {@code cursor} else. */
  public static QueueCursor from(Cursor cursor, String sort) {
    Keyset keyset = Keyset.read(cursor, list(sort), 2);
    Instant at = keyset.isEmpty(0) ? null : keyset.instant(0);
    if (at == null && sort.equals("-updatedAt")) {
      throw Keyset.invalid();
    }
    return new QueueCursor(sort, at, keyset.text(1));
  }

  /**
   * The JPQL condition (on the item {@code i} and its source variant {@code s}, with the parameters
   * {@code afterAt} when {@link #at} is given and {@code afterId}) that holds for the entries after
   * this one in the order {@code sort}: by publication, entries never published come after all
   * others (then by id), whichever way the dates go; by last change, newest first.
   */
  public String condition() {
    if (sort.equals("-updatedAt")) {
      return "(i.updatedAt < :afterAt or (i.updatedAt = :afterAt and i.id > :afterId))";
    }
    if (at == null) {
      return "(s.firstPublishedAt is null and i.id > :afterId)";
    }
    String beyond = sort.equals("sourcePublishDate") ? ">" : "<";
    return "(s.firstPublishedAt is null or s.firstPublishedAt "
        + beyond
        + " :afterAt or (s.firstPublishedAt = :afterAt and i.id > :afterId))";
  }

  private static String list(String sort) {
    return "translations" + sort;
  }
}
