package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.asset.persistence.AssetRepository;
import no.ordna.cms.asset.storage.BlobStore;
import no.ordna.cms.publishing.domain.Snapshot;

/**
 * Helpers of the asset use cases: the ETag rule, how a user of an asset is described, and removing
 * bytes that no asset holds any more — only after the deleting transaction has committed, so a
 * rolled-back delete never loses them.
 */
@ApplicationScoped
public class AssetChanges {

  private static final Logger LOG = Logger.getLogger(AssetChanges.class.getName());

  /** Bytes (by hash) that the committing transaction left without any asset. */
  public record BytesUnused(String hash) {}

  @Inject Event<BytesUnused> unused;
  @Inject AssetRepository assets;
  @Inject BlobStore store;

  void removeBytesAfterCommit(String hash) {
    unused.fire(new BytesUnused(hash));
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BytesUnused bytes) {
    try {
      if (assets.countWithHash(bytes.hash()) == 0) {
        store.delete(BlobStore.originalKey(bytes.hash()));
        store.delete(BlobStore.renditionsKey(bytes.hash()));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not remove unused asset bytes " + bytes.hash(), e);
    }
  }

  /** A published variant that uses an asset, as listed in a refusal to delete it. */
  static Map<String, Object> user(Snapshot snapshot) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("itemId", snapshot.itemId());
    user.put("type", snapshot.typeKey());
    user.put("locale", snapshot.locale());
    if (snapshot.title() != null) {
      user.put("title", snapshot.title());
    }
    return user;
  }
}
