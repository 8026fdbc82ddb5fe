package no.ordna.cms.delivery.domain;

import no.ordna.cms.content.domain.ItemId;

/**
 * How a single delivery read names its item: by id, or by slug (found in the locales of the
 * reader's chain). Text in the form of an item id is an id; anything else is a slug.
 */
public sealed interface ItemLookup {

  /** The item with this id. */
  record ById(ItemId id) implements ItemLookup {
    @Override
    public String text() {
      return id.value();
    }
  }

  /** The item with this slug in one of the reader's locales. */
  record BySlug(String slug) implements ItemLookup {
    public BySlug {
      if (slug == null || slug.isEmpty()) {
        throw new IllegalArgumentException("an empty slug");
      }
    }

    @Override
    public String text() {
      return slug;
    }
  }

  /** The id or slug as the reader wrote it. */
  String text();

  /** The lookup {@code idOrSlug} means: an id when it has the form of one, else a slug. */
  static ItemLookup of(String idOrSlug) {
    return ItemId.parse(idOrSlug).<ItemLookup>map(ById::new).orElseGet(() -> new BySlug(idOrSlug));
  }
}
