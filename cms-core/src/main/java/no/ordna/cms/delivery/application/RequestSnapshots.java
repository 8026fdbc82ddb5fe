package no.ordna.cms.delivery.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.publishing.domain.Snapshot;

/**
 * The snapshots one delivery answer reads, every locale of an item at once: each item's are loaded
 * once per answer (the items asked for together in one query), however often the answer needs them
 * — to choose the served locale, to list the available ones, to fill empty fields from other
 * locales, and to see whether a referenced item is published. Rows keep the order the store gave
 * them in, so answers list included items in the same order as when every step queried anew.
 */
final class RequestSnapshots {

  private final Function<Collection<String>, List<Snapshot>> load;
  private final Set<String> loaded = new HashSet<>();
  private final List<Snapshot> rows = new ArrayList<>();

  /** {@code load} gives every snapshot of the given items (in the answer's channel). */
  RequestSnapshots(Function<Collection<String>, List<Snapshot>> load) {
    this.load = load;
  }

  /** Every snapshot of one item (empty when it has none). */
  List<Snapshot> of(String itemId) {
    return of(List.of(itemId));
  }

  /**
   * Every snapshot of the given items, in the order they were loaded; the items not read before are
   * loaded in one query.
   */
  List<Snapshot> of(Collection<String> itemIds) {
    Set<String> wanted = new LinkedHashSet<>(itemIds);
    Set<String> missing = new LinkedHashSet<>(wanted);
    missing.removeAll(loaded);
    if (!missing.isEmpty()) {
      rows.addAll(load.apply(missing));
      loaded.addAll(missing);
    }
    return rows.stream().filter(row -> wanted.contains(row.itemId())).toList();
  }
}
