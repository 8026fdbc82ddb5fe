package no.ordna.cms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.publishing.domain.PublicationLogEntry;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.search.domain.IndexEntries;
import no.ordna.cms.search.domain.PublishedVariant;
import no.ordna.cms.search.index.LuceneIndex;
import no.ordna.cms.search.persistence.PublishedVariants;

/**
 * Reads published content from the database into the index: everything, one item, or every item of
 * a type, each item with its content type's current definition. Reads run outside a transaction, so
 * each sees the latest committed state.
 */
@ApplicationScoped
public class IndexSource {

  private static final int PAGE = 500;

  @Inject PublishedVariants variants;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject SnapshotRepository log;

  /** Indexes every published item (definitions are read once per type for the whole run). */
  public void rebuild(LuceneIndex index) {
    IndexEntries entries = entries(true);
    String after = "";
    List<PublishedVariant> page;
    while (!(page = variants.page(after, PAGE)).isEmpty()) {
      byItem(page).forEach((item, rows) -> index.replaceItem(item, entries.of(rows)));
      after = page.get(page.size() - 1).itemId();
    }
  }

  /**
   * Brings an index that was complete up to publication log position {@code position} up to date:
   * re-reads every item (and every type) the log names after it, each once. Returns how many log
   * entries were read.
   */
  public int catchUp(LuceneIndex index, long position) {
    Set<String> items = new LinkedHashSet<>();
    Set<String> typeKeys = new LinkedHashSet<>();
    int read = 0;
    long after = position;
    List<PublicationLogEntry> entries;
    do {
      entries = log.logAfter(after, PAGE);
      for (PublicationLogEntry entry : entries) {
        PublicationChange change = entry.change();
        switch (change.action()) {
          case TYPE_CHANGED -> typeKeys.add(change.typeKey());
          case PUBLISHED, UNPUBLISHED, DELETED -> items.add(change.itemId());
          case LOCALES_CHANGED, ASSET_CHANGED -> {
            // not indexed with the content (as in SearchIndexer.onChangeApplied)
          }
        }
        after = entry.seq();
        read++;
      }
    } while (entries.size() == PAGE);
    typeKeys.forEach(type -> reindexType(index, type));
    IndexEntries entries2 = entries(true);
    items.forEach(item -> index.replaceItem(item, entries2.of(variants.ofItem(item))));
    return read;
  }

  public void reindexItem(LuceneIndex index, String itemId) {
    index.replaceItem(itemId, entries(false).of(variants.ofItem(itemId)));
  }

  /** Re-indexes a type's items after its definition (or that of a block it uses) changed. */
  public void reindexType(LuceneIndex index, String typeKey) {
    index.removeType(typeKey);
    IndexEntries entries = entries(true);
    String after = "";
    List<PublishedVariant> page;
    while (!(page = variants.pageOfType(typeKey, after, PAGE)).isEmpty()) {
      byItem(page).forEach((item, rows) -> index.replaceItem(item, entries.of(rows)));
      after = page.get(page.size() - 1).itemId();
    }
  }

  private IndexEntries entries(boolean cached) {
    Function<String, Optional<TypeDefinition>> contentTypes =
        key -> TypeKey.parse(key).flatMap(k -> types.definition(TypeKind.CONTENT, k));
    Function<String, Optional<TypeDefinition>> blockTypes = checks::blockType;
    return cached
        ? new IndexEntries(memo(contentTypes), memo(blockTypes))
        : new IndexEntries(contentTypes, blockTypes);
  }

  private static <T> Function<String, T> memo(Function<String, T> lookup) {
    Map<String, T> seen = new HashMap<>();
    return key -> seen.computeIfAbsent(key, lookup);
  }

  /** The rows grouped by item, in page order. */
  private static Map<String, List<PublishedVariant>> byItem(List<PublishedVariant> page) {
    Map<String, List<PublishedVariant>> items = new LinkedHashMap<>();
    page.forEach(row -> items.computeIfAbsent(row.itemId(), k -> new ArrayList<>()).add(row));
    return items;
  }
}
