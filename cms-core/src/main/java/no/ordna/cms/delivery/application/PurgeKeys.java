package no.ordna.cms.delivery.application;

import java.util.LinkedHashSet;
import java.util.List;
import no.ordna.cms.delivery.domain.SurrogateKeys;
import no.ordna.cms.publishing.domain.PublicationChange;

/**
 * The surrogate keys a publication change makes stale — what a purge of a cache in front sends, and
 * exactly what this instance clears in its own cache.
 */
public final class PurgeKeys {

  private PurgeKeys() {}

  public static List<String> of(PublicationChange change) {
    if (change.action() == PublicationChange.Action.LOCALES_CHANGED) {
      return List.of(SurrogateKeys.GLOBAL);
    }
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    ChangeApplier.tags(change).forEach(tag -> keys.add(SurrogateKeys.publicName(tag)));
    return List.copyOf(keys);
  }
}
