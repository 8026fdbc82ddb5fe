package no.ordna.cms.asset.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.asset.persistence.AssetRepository;
import no.ordna.cms.asset.storage.BlobStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clears the asset store at start-up of what a crash (kill -9, power loss) can leave there: bytes
 * made live whose asset row never committed (an upload stores the bytes first, then the row), bytes
 * and renditions of a deleted asset whose removal after the commit never ran, and staging files of
 * uploads that broke off. Only what is older than {@code cms.assets.sweep-min-age} (default one
 * hour) goes: several instances may share one asset store, and another instance's upload in flight
 * has fresh files whose row is about to commit. The count is logged.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssetStoreSweep {

  private static final Logger LOG = Logger.getLogger(AssetStoreSweep.class.getName());

  @Inject BlobStore store;
  @Inject AssetRepository assets;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.assets.sweep-min-age", defaultValue = "PT1H")
  Duration minAge;

  @PostConstruct
  void sweep() {
    Instant cutoff = cutoff(clock.instant(), minAge);
    try {
      BlobStore.SweepResult removed = store.sweep(cutoff, assets::hashesHeld);
      LOG.info(
          () ->
              "Asset store sweep removed "
                  + removed.total()
                  + " leftovers older than "
                  + minAge
                  + ": "
                  + removed.originals()
                  + " files without an asset, "
                  + removed.renditionSets()
                  + " rendition sets without an asset, "
                  + removed.stagingFiles()
                  + " staging files");
    } catch (IOException | RuntimeException e) {
      // a store that cannot be swept now is swept at the next start; serving goes on
      LOG.log(Level.WARNING, "Asset store sweep failed: " + e.getMessage(), e);
    }
  }

  /** Files last written before this instant may be swept; a negative age counts as none. */
  static Instant cutoff(Instant now, Duration minAge) {
    return now.minus(minAge.isNegative() ? Duration.ZERO : minAge);
  }
}
