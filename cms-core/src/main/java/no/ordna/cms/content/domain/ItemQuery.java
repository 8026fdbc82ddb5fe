package no.ordna.cms.content.domain;

/**
 * A page of the management item list: optional filters on type and on one variant (its locale,
 * workflow status, title text, last editor, whether a publish or unpublish is scheduled), the state
 * of the translation into {@code locale} ({@code translation}); by newest change first or, with
 * {@code titleLocale}, by title in that locale's alphabetical order. The page is asked for beside
 * it.
 */
public record ItemQuery(
    String type,
    String locale,
    VariantStatus status,
    String text,
    String updatedBy,
    boolean scheduled,
    String titleLocale,
    TranslationFilter translation) {

  /** A list by newest change first. */
  public ItemQuery(String type, String locale, VariantStatus status, String text) {
    this(type, locale, status, text, null, false, null, null);
  }

  /** Whether any condition applies to a variant. */
  public boolean filtersVariants() {
    return locale != null || status != null || text != null || updatedBy != null || scheduled;
  }

  /**
   * Whether the list asks for items without a variant in {@code locale} (then the other variant
   * conditions apply to any variant of the item).
   */
  public boolean missingIn() {
    return translation == TranslationFilter.MISSING;
  }

  /** Whether the list is sorted by title in {@link #titleLocale}'s alphabet. */
  public boolean byTitle() {
    return titleLocale != null;
  }
}
