package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.asset.domain.Rendition;
import no.ordna.cms.asset.persistence.AssetRepository;
import no.ordna.cms.asset.storage.BlobStore;
import no.ordna.cms.identity.application.AuthService;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.UnavailableException;

/**
 * Decides what {@code GET /api/v1/assets/{id}/{fileName}} answers. An asset is public while
 * published content uses it; otherwise only a bearer token that may see drafts gets it (a sign-in
 * or management token, or a preview token whose types include one that uses the asset), and
 * everyone else gets 404, as for a deleted asset. Public answers with the current {@code ?v=} may
 * be cached for good; other public ones as long as delivery answers; private ones not at all.
 * {@code ?w=} (from the allowed widths), {@code &fm=jpeg|png} and {@code &crop=16:9} (from the
 * allowed ratios, around the focal point) ask for a rendition of a pixel image.
 *
 * <p>An asset whose bytes are missing from the store (a restore that brought back the database but
 * not every file) answers 503 {@code asset-file-missing}: the asset exists, the fault is the
 * server's and goes once the file is restored, and a 404 could be cached by front ends as the
 * asset's end. Each such answer logs one warning naming the asset and the missing file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssetAccess {

  private static final Logger LOG = Logger.getLogger(AssetAccess.class.getName());

  @Inject AssetRepository assets;
  @Inject SnapshotRepository snapshots;
  @Inject AuthService auth;
  @Inject AssetSettings settings;
  @Inject Renditions renditions;
  @Inject BlobStore store;

  /**
   * The file to serve for a request, or a 404 for an asset that does not exist or is not public and
   * the bearer token (taken from {@code Authorization} at the edge) may not see.
   */
  public ServedFile resolve(String id, FileRequest request, Optional<String> bearerToken) {
    Asset asset =
        (id.matches("[0-9a-f-]{36}") ? assets.find(id) : Optional.<Asset>empty())
            .orElseThrow(AssetAccess::notFound);
    boolean isPublic = snapshots.usesAsset(Channel.PUBLISHED, asset.id());
    if (!isPublic && !mayPreview(asset, bearerToken)) {
      throw notFound();
    }
    Optional<Rendition> rendition = rendition(asset, request);
    String cacheControl =
        !isPublic
            ? "private, no-store"
            : request.version().filter(asset.urlVersion()::equals).isPresent()
                ? "public, max-age=" + settings.immutableMaxAge() + ", immutable"
                : "public, max-age=" + settings.maxAge();
    String hash = asset.contentHash();
    String disposition = "inline; filename=\"" + asset.fileName() + "\"";
    String original = BlobStore.originalKey(hash);
    if (rendition.isEmpty()) {
      if (!stored(original)) {
        throw fileMissing(asset, original);
      }
      return new ServedFile(
          asset.id(),
          original,
          asset.type().mediaType(),
          asset.size(),
          "\"" + hash.substring(0, 32) + "\"",
          cacheControl,
          disposition,
          asset.createdAt());
    }
    FocalPoint focal = asset.focalPoint() == null ? FocalPoint.CENTRE : asset.focalPoint();
    String name = rendition.get().name(focal);
    String key = BlobStore.renditionsKey(hash) + "/" + name;
    long size;
    try {
      size = renditions.ensure(asset, rendition.get(), key);
    } catch (UncheckedIOException e) {
      if (missingFile(e)) {
        throw fileMissing(asset, original);
      }
      throw e;
    }
    return new ServedFile(
        asset.id(),
        key,
        rendition.get().format().mediaType(),
        size,
        "\"" + hash.substring(0, 32) + "-" + name + "\"",
        cacheControl,
        disposition,
        asset.updatedAt());
  }

  /** Reads {@code length} bytes of a served file from {@code offset}. */
  public InputStream open(ServedFile file, long offset, long length) throws IOException {
    try {
      return store.open(file.key(), offset, length);
    } catch (NoSuchFileException e) {
      // gone since it was resolved
      throw fileMissing(file.assetId(), file.key());
    }
  }

  private boolean stored(String key) {
    try {
      return store.size(key).isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean missingFile(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NoSuchFileException) {
        return true;
      }
    }
    return false;
  }

  private static UnavailableException fileMissing(Asset asset, String key) {
    return fileMissing(asset.id() + " (" + asset.fileName() + ")", key);
  }

  private static UnavailableException fileMissing(String asset, String key) {
    LOG.warning(
        () ->
            "Asset "
                + asset
                + " cannot be served: its file "
                + key
                + " is missing from the asset store (CMS_ASSETS_DIR); restore the file from a"
                + " backup, or delete the asset");
    return new UnavailableException(
        "asset-file-missing",
        "The file of this asset is missing from the server's store; the operator has been told",
        300);
  }

  private boolean mayPreview(Asset asset, Optional<String> bearerToken) {
    if (bearerToken.isEmpty()) {
      return false;
    }
    return auth.previewScope(bearerToken.get())
        .map(
            types ->
                types.isEmpty()
                    || snapshots.typesUsingAsset(asset.id()).stream().anyMatch(types::contains))
        .orElse(false);
  }

  private Optional<Rendition> rendition(Asset asset, FileRequest request) {
    if (!request.asksForRendition()) {
      return Optional.empty();
    }
    String w = request.width().orElse(null);
    String fm = request.format().orElse(null);
    String crop = request.crop().orElse(null);
    if (!asset.type().isRaster()) {
      throw InvalidInputException.of(
          "w",
          "renditions are made of JPEG, PNG and WebP images only, not " + asset.type().mediaType());
    }
    Set<Integer> widths = settings.renditionWidths();
    if (w == null || !w.matches("\\d{1,5}") || !widths.contains(Integer.parseInt(w))) {
      throw InvalidInputException.of("w", "must be one of " + widths);
    }
    Rendition.Format format =
        switch (fm == null ? asset.type().extension() : fm) {
          case "jpeg", "jpg", "webp" -> Rendition.Format.JPEG;
          case "png" -> Rendition.Format.PNG;
          default -> throw InvalidInputException.of("fm", "must be jpeg or png");
        };
    int[] ratio = {0, 0};
    if (crop != null) {
      List<String> ratios = settings.renditionRatios();
      if (!ratios.contains(crop)) {
        throw InvalidInputException.of("crop", "must be one of " + ratios);
      }
      String[] parts = crop.split(":");
      ratio = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
    return Optional.of(new Rendition(Integer.parseInt(w), format, ratio[0], ratio[1]));
  }

  private static NotFoundException notFound() {
    return new NotFoundException("not-found", "No such asset");
  }
}
