package no.ordna.cms.delivery.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.publishing.domain.Snapshot;

/**
 * Which locale of an item a reader gets: the first locale of the request's chain (the asked locale,
 * then its fallbacks, or the asked locale alone when the reader wants no fallback) the item has a
 * snapshot in. Empty fields of the served snapshot may be filled from the item's snapshots in the
 * later locales of the chain, in order.
 */
final class LocaleChoice {

  private final List<String> chain;
  private final boolean fallback;

  LocaleChoice(List<String> chain, boolean fallback) {
    this.chain = List.copyOf(chain);
    this.fallback = fallback;
  }

  static LocaleChoice of(DeliveryRequest request, LocaleSettings settings) {
    return new LocaleChoice(
        request.fallback()
            ? settings.resolutionOrder(request.requestedLocale().value())
            : List.of(request.requestedLocale().value()),
        request.fallback());
  }

  /** The locales to try, in order. */
  List<String> chain() {
    return chain;
  }

  /** Whether empty fields can be filled from later locales of the chain. */
  boolean fillsFields() {
    return fallback && chain.size() >= 2;
  }

  private int rank(Snapshot snapshot) {
    return chain.indexOf(snapshot.locale());
  }

  /** Of {@code rows}, the one in the earliest locale of the chain (the first such on a tie). */
  Optional<Snapshot> best(Collection<Snapshot> rows) {
    return rows.stream().filter(s -> rank(s) >= 0).min(Comparator.comparingInt(this::rank));
  }

  /** Per item, in the order the items first appear: its snapshot in the earliest locale. */
  Map<String, Snapshot> bestPerItem(Collection<Snapshot> rows) {
    Map<String, Snapshot> best = new LinkedHashMap<>();
    for (Snapshot row : rows) {
      int rank = rank(row);
      if (rank < 0) {
        continue;
      }
      Snapshot current = best.get(row.itemId());
      if (current == null || rank < rank(current)) {
        best.put(row.itemId(), row);
      }
    }
    return best;
  }

  /**
   * The item's snapshots in the chain's locales after the one {@code served}, in chain order; none
   * when fields are not filled from other locales.
   */
  List<Snapshot> alternatives(Snapshot served, Collection<Snapshot> ofItem) {
    if (!fillsFields()) {
      return List.of();
    }
    int servedRank = rank(served);
    return ofItem.stream()
        .filter(s -> rank(s) > servedRank)
        .sorted(Comparator.comparingInt(this::rank))
        .toList();
  }
}
