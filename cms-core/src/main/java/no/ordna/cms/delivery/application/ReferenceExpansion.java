package no.ordna.cms.delivery.application;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.publishing.domain.Snapshot;

/**
 * Follows the references of an answer's items: which referenced items the reader may see (those
 * published in a locale of the chain; references to others are left out of the answer), and which
 * go into {@code included}, {@code include} levels deep, each item once, cycles and all.
 *
 * @param visible every item the answer may point at, by id, with the snapshot it would be served
 *     in: the answer's own items and the visible items they refer to, one level past the last
 *     included one
 * @param included the included items, by id, level by level
 * @param referenced every id the items refer to, visible or not (the answer depends on them)
 */
record ReferenceExpansion(
    Map<String, Snapshot> visible, Map<String, Snapshot> included, Set<String> referenced) {

  static ReferenceExpansion of(
      List<Snapshot> items,
      int include,
      Function<Snapshot, Set<String>> referencesOf,
      RequestSnapshots snapshots,
      LocaleChoice locales) {
    Set<String> referenced = new LinkedHashSet<>();
    Map<String, Snapshot> visible = new HashMap<>();
    items.forEach(s -> visible.put(s.itemId(), s));
    Map<String, Snapshot> included = new LinkedHashMap<>();
    List<Snapshot> level = items;
    for (int depth = 0; ; depth++) {
      Set<String> refs = new LinkedHashSet<>();
      level.forEach(s -> refs.addAll(referencesOf.apply(s)));
      referenced.addAll(refs);
      refs.removeAll(visible.keySet());
      Map<String, Snapshot> found = locales.bestPerItem(snapshots.of(refs));
      visible.putAll(found);
      if (depth >= include) {
        break;
      }
      found.forEach(included::putIfAbsent);
      level = List.copyOf(found.values());
      if (level.isEmpty()) {
        break;
      }
    }
    return new ReferenceExpansion(visible, included, referenced);
  }
}
