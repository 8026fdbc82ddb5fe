package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.asset.domain.Rendition;
import no.ordna.cms.asset.storage.BlobStore;
import no.ordna.cms.shared.UnavailableException;

/**
 * Renditions of images, made once and kept in the store beside the original ({@code
 * renditions/<hash>/<name>}): a request for one that exists costs a lookup. At most two are made at
 * a time per instance (they need memory), and one request makes a given rendition while others for
 * the same one wait for it. Sources over {@code cms.assets.max-pixels} are never decoded.
 */
@ApplicationScoped
public class Renditions {

  @Inject BlobStore store;
  @Inject AssetInspector inspector;

  private final Semaphore makers = new Semaphore(2);
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  /** The store key of the rendition, made now if it does not exist yet; returns its size too. */
  public long ensure(Asset asset, Rendition rendition, String key) {
    try {
      var existing = store.size(key);
      if (existing.isPresent()) {
        return existing.get();
      }
      Object lock = locks.computeIfAbsent(key, k -> new Object());
      synchronized (lock) {
        try {
          existing = store.size(key);
          if (existing.isPresent()) {
            return existing.get();
          }
          byte[] bytes = make(asset, rendition);
          store.put(key, bytes);
          return bytes.length;
        } finally {
          locks.remove(key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] make(Asset asset, Rendition rendition) throws IOException {
    inspector.requireSensiblePixels(asset.width(), asset.height());
    FocalPoint focal = asset.focalPoint() == null ? FocalPoint.CENTRE : asset.focalPoint();
    String original = BlobStore.originalKey(asset.contentHash());
    if (!makers.tryAcquire()) {
      try {
        if (!makers.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS)) {
          throw new UnavailableException(
              "renditions-busy", "Image renditions are being made; try again soon", 2);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UnavailableException("renditions-busy", "Interrupted; try again", 2);
      }
    }
    try {
      RenditionMaker.Source source =
          () -> {
            try {
              return store.open(original, 0, asset.size());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      return RenditionMaker.make(
          source, asset.type(), asset.width(), asset.height(), rendition, focal);
    } finally {
      makers.release();
    }
  }
}
