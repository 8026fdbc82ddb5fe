package no.ordna.cms.search.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.shared.Jsons;

/**
 * Turns the published locales of one item into index entries, one per locale, each knowing every
 * locale the item is published in. An item whose content type no longer exists gets none.
 */
public final class IndexEntries {

  private final Function<String, Optional<TypeDefinition>> contentTypes;
  private final SearchableText text;

  public IndexEntries(
      Function<String, Optional<TypeDefinition>> contentTypes,
      Function<String, Optional<TypeDefinition>> blockTypes) {
    this.contentTypes = contentTypes;
    this.text = new SearchableText(blockTypes);
  }

  /** The entries of one item, from all its published variants (any order, one item only). */
  public List<IndexEntry> of(List<PublishedVariant> variants) {
    Set<String> locales =
        variants.stream().map(PublishedVariant::locale).collect(Collectors.toUnmodifiableSet());
    List<IndexEntry> entries = new ArrayList<>();
    for (PublishedVariant variant : variants) {
      Optional<TypeDefinition> type = contentTypes.apply(variant.typeKey());
      if (type.isEmpty()) {
        continue;
      }
      JsonObject document = parse(variant.document());
      String body = text.of(type.get(), document.getJsonObject("fields"));
      entries.add(
          new IndexEntry(
              variant.itemId(),
              variant.typeKey(),
              variant.locale(),
              variant.slug(),
              variant.title(),
              body,
              locales));
    }
    return entries;
  }

  private static JsonObject parse(String document) {
    try (JsonReader reader = Jsons.createReader(new StringReader(document))) {
      return reader.readObject();
    }
  }
}
