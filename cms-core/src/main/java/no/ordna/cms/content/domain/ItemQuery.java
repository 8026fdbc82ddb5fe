package no.ordna.cms.content.domain;

/**
 * A page of the management item list: optional filters on type, locale, workflow status and title
 * text, a page size, and the cursor where the previous page ended; by newest change first or, with
 * {@code titleLocale}, by title in that locale's alphabetical order.
 */
public record ItemQuery(
    String type,
    String locale,
    VariantStatus status,
    String text,
    int limit,
    ItemCursor after,
    String titleLocale,
    TitleCursor afterTitle) {

  /** A list by newest change first. */
  public ItemQuery(
      String type, String locale, VariantStatus status, String text, int limit, ItemCursor after) {
    this(type, locale, status, text, limit, after, null, null);
  }

  /** Whether the list is sorted by title in {@link #titleLocale}'s alphabet. */
  public boolean byTitle() {
    return titleLocale != null;
  }
}
