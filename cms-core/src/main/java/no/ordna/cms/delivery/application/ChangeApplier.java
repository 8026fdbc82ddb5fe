package no.ordna.cms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.publishing.domain.PublicationChange;

/**
 * Applies a publication change to this instance: clears the cached answers it affects and tells
 * local followers (the search index) through {@link ChangeApplied}. Remembers which log entries it
 * applied, so the log follower does not apply them twice.
 */
@ApplicationScoped
public class ChangeApplier {

  @Inject RepresentationCache cache;
  @Inject Event<ChangeApplied> applied;
  @Inject LocaleService locales;

  private final ConcurrentSkipListSet<Long> appliedSeqs = new ConcurrentSkipListSet<>();

  /**
   * Applies the change, once per log entry. A change whose application fails is not remembered as
   * applied, so the log follower applies it again (otherwise this instance would keep the answers
   * and search entries it should have dropped until it restarts).
   */
  public void apply(PublicationChange change) {
    if (change.seq() > 0 && !appliedSeqs.add(change.seq())) {
      return;
    }
    try {
      if (change.action() == PublicationChange.Action.LOCALES_CHANGED) {
        locales.reload();
        cache.clear();
      } else {
        cache.invalidate(tags(change));
      }
      applied.fire(new ChangeApplied(change));
    } catch (RuntimeException e) {
      if (change.seq() > 0) {
        appliedSeqs.remove(change.seq());
      }
      throw e;
    }
  }

  /**
   * Creates the beans applying a change needs, on the calling (container) thread. Changes from
   * other instances arrive on the data grid's threads, where a bean made for the first time fails
   * (Payara's metric registry, which the cache needs, wants an application on the thread): an
   * instance that had served no delivery read yet lost the first change another instance sent it.
   */
  public void prepare() {
    cache.generation();
  }

  /** Whether the entry was applied already (then forgets it: the follower moves past it). */
  boolean takeApplied(long seq) {
    return appliedSeqs.remove(seq);
  }

  static List<String> tags(PublicationChange change) {
    List<String> tags = new ArrayList<>();
    if (change.action() == PublicationChange.Action.ASSET_CHANGED) {
      return List.of(Representation.assetTag(change.itemId()));
    }
    if (change.action() == PublicationChange.Action.TYPE_CHANGED) {
      tags.add(DefinitionTags.of(change.typeKey()));
      tags.add(ContractService.ALL_DEFINITIONS);
      tags.add(Representation.typeTag(change.typeKey()));
    } else {
      tags.add(Representation.itemTag(change.itemId()));
      tags.add(Representation.typeTag(change.typeKey()));
    }
    tags.add(Representation.ALL);
    return tags;
  }
}
