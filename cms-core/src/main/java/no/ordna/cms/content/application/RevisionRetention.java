package no.ordna.cms.content.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.persistence.ContentRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prunes old revisions when {@code cms.revisions.keep} is set (default 0: keep every revision):
 * each variant keeps its newest {@code keep} revisions, and never loses its published revision, its
 * latest, or a revision a translation was made from. Runs hourly on every instance (pruning twice
 * is harmless).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class RevisionRetention {

  private static final Logger LOG = Logger.getLogger(RevisionRetention.class.getName());

  @Inject ContentRepository content;

  @Inject
  @ConfigProperty(name = "cms.revisions.keep", defaultValue = "0")
  int keep;

  @Schedule(minute = "17", hour = "*", persistent = false)
  public void prune() {
    if (keep <= 0) {
      return;
    }
    int pruned = 0;
    for (String variantId : content.variantsWithMoreRevisionsThan(keep)) {
      ContentVariant variant = content.findVariant(variantId).orElse(null);
      if (variant == null) {
        continue;
      }
      Set<Integer> protectedRevisions = new HashSet<>();
      if (variant.publishedRevision() != null) {
        protectedRevisions.add(variant.publishedRevision());
      }
      ContentItem item = variant.item();
      for (ContentVariant other : item.variants()) {
        if (variant.locale().equals(other.sourceLocale()) && other.sourceRevision() != null) {
          protectedRevisions.add(other.sourceRevision());
        }
      }
      pruned +=
          content.pruneRevisions(variantId, variant.revision() - keep + 1, protectedRevisions);
    }
    if (pruned > 0) {
      LOG.info("Pruned " + pruned + " old revisions (keeping " + keep + " per variant)");
    }
  }
}
