package no.ordna.cms.search.index;

/** The names of the fields of an index document. */
final class IndexFields {

  /** The item's id; every locale of the item shares it, so an item is replaced as a whole. */
  static final String ITEM = "item";

  static final String LOCALE = "locale";
  static final String TYPE = "type";

  /** Every locale the item is published in (not only this document's). */
  static final String PUBLISHED = "published";

  static final String SLUG = "slug";

  /** The title as shown. */
  static final String DISPLAY_TITLE = "displayTitle";

  /** The beginning of the text, kept for snippets. */
  static final String EXCERPT = "excerpt";

  /** Prefixes of the analysed fields; see {@link LocaleAnalysis#field}. */
  static final String TITLE = "title";

  static final String TEXT = "text";

  private IndexFields() {}
}
