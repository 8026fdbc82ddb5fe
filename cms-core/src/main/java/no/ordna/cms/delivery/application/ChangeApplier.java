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

  public void apply(PublicationChange change) {
    if (change.seq() > 0 && !appliedSeqs.add(change.seq())) {
      return;
    }
    if (change.action() == PublicationChange.Action.LOCALES_CHANGED) {
      locales.reload();
      cache.clear();
    } else {
      cache.invalidate(tags(change));
    }
    applied.fire(new ChangeApplied(change));
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
