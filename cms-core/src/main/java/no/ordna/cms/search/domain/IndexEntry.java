package no.ordna.cms.search.domain;

import java.util.Set;

/**
 * What the index holds of one published locale of an item: its title and searchable text, and the
 * locales the whole item is published in (so a search can tell whether a better locale of the same
 * item exists and skip this one).
 */
public record IndexEntry(
    String itemId,
    String typeKey,
    String locale,
    String slug,
    String title,
    String text,
    Set<String> publishedLocales) {

  public IndexEntry {
    if (itemId == null || itemId.isEmpty() || typeKey == null || locale == null) {
      throw new IllegalArgumentException("an entry needs an item, a type and a locale");
    }
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    publishedLocales = Set.copyOf(publishedLocales);
    if (!publishedLocales.contains(locale)) {
      throw new IllegalArgumentException("the entry's own locale is published");
    }
  }
}
