package no.ordna.cms.content.application;

import java.util.Collection;
import java.util.Set;

/**
 * Port to the asset feature: which asset ids name stored assets. Content refers to assets by id and
 * is checked through this, so the content feature does not depend on the asset feature.
 */
public interface KnownAssets {

  /** The ids among {@code assetIds} that name stored assets. */
  Set<String> existing(Collection<String> assetIds);
}
