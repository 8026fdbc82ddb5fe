package no.ordna.cms.publishing.application;

import java.util.Collection;
import java.util.Set;

/**
 * Port to the asset feature for the alt-text rule of publishing: which of some assets are images
 * without an alt text of their own in a locale. (Implemented where assets live, so publishing does
 * not depend on them.)
 */
public interface AltTexts {

  /** The ids among {@code assetIds} of images that have no alt text in {@code locale} itself. */
  Set<String> imagesWithoutAlt(Collection<String> assetIds, String locale);
}
