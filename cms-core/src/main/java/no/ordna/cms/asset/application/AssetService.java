package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.AssetCursor;
import no.ordna.cms.asset.domain.AssetTexts;
import no.ordna.cms.asset.domain.FileFacts;
import no.ordna.cms.asset.domain.FileType;
import no.ordna.cms.asset.persistence.AssetRepository;
import no.ordna.cms.asset.storage.BlobStore;
import no.ordna.cms.asset.storage.StagedBlob;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.TooLargeException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;

/**
 * Use cases on assets: receive an upload (streamed to the store's staging area, never held in
 * memory, refused past {@code cms.assets.max-bytes}), create the asset from it (type detected from
 * the bytes, facts read, SVG sanitised, bytes stored once per content hash), read, change texts and
 * facts, and delete (refused while published content uses the asset, unless forced). Every change
 * of an asset that content may show is announced, so cached delivery answers are dropped on every
 * instance.
 *
 * <p>The bytes are made live before the asset's row commits: a failed commit leaves an unused blob
 * (harmless, and reused by the next upload of the same bytes), never a row without bytes.
 */
@ApplicationScoped
@Transactional
public class AssetService {

  @Inject AssetRepository assets;
  @Inject BlobStore store;
  @Inject AssetInspector inspector;
  @Inject AssetSettings settings;
  @Inject AssetChanges changes;
  @Inject SnapshotRepository snapshots;
  @Inject PublishingService publishing;
  @Inject LocaleService locales;
  @Inject no.ordna.cms.audit.application.AuditTrail audit;
  @Inject Clock clock;

  /**
   * Refuses a caller who may not upload, before any byte of the upload is read: the body of a
   * refused request is never parsed.
   */
  public void checkMayUpload(Caller caller) {
    requireManage(caller);
  }

  /** Streams an upload into the staging area; the caller must then {@link #create} or discard. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public StagedBlob receive(InputStream in, Caller caller) {
    requireManage(caller);
    try {
      return store.stage(in, settings.maxBytes());
    } catch (IOException e) {
      throw InvalidInputException.of("file", "the upload broke off before its end");
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public void discard(StagedBlob staged) {
    store.discard(staged);
  }

  /** Makes an asset of received bytes; the staged bytes are used up either way. */
  public AssetDetails create(StagedBlob received, AssetUpdate update, Caller caller) {
    requireManage(caller);
    StagedBlob staged = received;
    try {
      FileType type = inspector.allowedType(staged);
      if (type == FileType.SVG) {
        staged = sanitized(staged);
      }
      if (type.isRaster()) {
        inspector.facts(staged, type); // refuses pixel bombs before anything decodes the image
        staged = withoutMetadata(staged, type);
      }
      FileFacts facts = inspector.facts(staged, type);
      Violations violations = configuredLocales(update);
      AssetTexts texts = AssetTexts.NONE.with(update.texts(), "texts", violations);
      violations.throwIfAny("Invalid asset texts");
      store.commit(staged);
      Asset asset = new Asset(facts, update.fileName(), texts, caller.username(), clock.instant());
      if (update.focalPoint() != null) {
        asset.update(texts, update.focalPoint(), null, caller.username(), clock.instant());
      }
      assets.store(asset);
      assets.flush();
      audit.recordOn(
          caller,
          "asset.upload",
          "asset",
          asset.id(),
          no.ordna.cms.shared.Jsons.createObjectBuilder()
              .add("mediaType", type.mediaType())
              .add("bytes", facts.size())
              .add("hash", facts.contentHash())
              .build());
      return AssetDetails.of(asset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      store.discard(staged);
      store.discard(received);
    }
  }

  /**
   * The photo without location, camera and other metadata, turned upright by its EXIF orientation
   * (see {@link PhotoMetadata}); the same staged bytes when there was nothing to remove.
   */
  private StagedBlob withoutMetadata(StagedBlob staged, FileType type) throws IOException {
    byte[] original = Files.readAllBytes(staged.file());
    byte[] clean;
    try {
      clean = PhotoMetadata.clean(original, type);
    } catch (IOException | RuntimeException e) {
      throw InvalidInputException.of("file", "is not a readable " + type.mediaType() + " image");
    }
    if (clean == original) {
      return staged;
    }
    store.discard(staged);
    return store.stage(new ByteArrayInputStream(clean), settings.maxBytes());
  }

  private StagedBlob sanitized(StagedBlob staged) throws IOException {
    if (staged.size() > settings.svgMaxBytes()) {
      throw new TooLargeException(
          settings.svgMaxBytes(),
          "An SVG may have at most "
              + settings.svgMaxBytes()
              + " bytes (cms.assets.svg-max-bytes)");
    }
    byte[] clean;
    try (InputStream in = Files.newInputStream(staged.file())) {
      clean =
          SvgSanitizer.sanitize(in)
              .orElseThrow(() -> InvalidInputException.of("file", "is not a well-formed SVG"));
    }
    store.discard(staged);
    return store.stage(new ByteArrayInputStream(clean), settings.maxBytes());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public AssetDetails get(String id) {
    return AssetDetails.of(find(id));
  }

  private Asset find(String id) {
    return assets
        .find(id)
        .orElseThrow(() -> new NotFoundException("unknown-asset", "No asset with id '" + id + "'"));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AssetDetails> list(String kind, String text, PageRequest page) {
    String prefix =
        switch (kind == null ? "" : kind) {
          case "" -> null;
          case "image" -> "image/";
          case "document", "pdf" -> "application/pdf";
          default -> throw InvalidInputException.of("kind", "must be image or document");
        };
    return Page.of(
            assets.list(prefix, text == null || text.isBlank() ? null : text.strip(), page),
            page,
            asset -> new AssetCursor(asset.createdAt(), asset.id()).cursor())
        .map(AssetDetails::of);
  }

  /**
   * Changes texts (only the locales named), and for those who may, the focal point and file name.
   * Guarded by the asset's ETag.
   */
  public AssetDetails update(
      String id, AssetUpdate update, ExpectedVersion expected, Caller caller) {
    Asset asset = find(id);
    expected.require("asset", asset.etag());
    if ((update.focalPoint() != null || update.fileName() != null) && !caller.mayManageAssets()) {
      throw new ForbiddenException("You may change only the texts of assets");
    }
    for (String locale : update.texts().keySet()) {
      if (!caller.mayEditAssetTexts(locale)) {
        throw new ForbiddenException("You may not change asset texts in locale '" + locale + "'");
      }
    }
    Violations violations = configuredLocales(update);
    AssetTexts texts = asset.texts().with(update.texts(), "texts", violations);
    violations.throwIfAny("Invalid asset texts");
    asset.update(texts, update.focalPoint(), update.fileName(), caller.username(), clock.instant());
    assets.flush();
    var locales = no.ordna.cms.shared.Jsons.createArrayBuilder();
    new java.util.TreeSet<>(update.texts().keySet()).forEach(locales::add);
    audit.recordOn(
        caller,
        "asset.update",
        "asset",
        asset.id(),
        no.ordna.cms.shared.Jsons.createObjectBuilder().add("textLocales", locales).build());
    publishing.assetChanged(asset.id());
    return AssetDetails.of(asset);
  }

  /** The published and the draft (preview) snapshots that use the asset. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AssetUsage usage(String id) {
    String assetId = find(id).id();
    return new AssetUsage(
        snapshots.usingAsset(Channel.PUBLISHED, assetId).stream().map(AssetUsage.User::of).toList(),
        snapshots.usingAsset(Channel.PREVIEW, assetId).stream().map(AssetUsage.User::of).toList());
  }

  /**
   * Deletes an asset. While published content uses it this is refused (409 listing the users in
   * {@code usedBy}) unless {@code force}; its bytes go when no other asset holds the same ones.
   */
  public void delete(String id, boolean force, ExpectedVersion expected, Caller caller) {
    requireManage(caller);
    Asset asset = find(id);
    expected.require("asset", asset.etag());
    List<Snapshot> users = snapshots.usingAsset(Channel.PUBLISHED, id);
    if (!users.isEmpty() && !force) {
      throw new ConflictException(
          "asset-in-use",
          "Published content uses this asset ("
              + users.size()
              + " variants); repeat with ?force=true to delete it anyway",
          Map.of("usedBy", users.stream().map(AssetChanges::user).toList()));
    }
    assets.delete(asset);
    assets.flush();
    audit.recordOn(
        caller,
        "asset.delete",
        "asset",
        asset.id(),
        no.ordna.cms.shared.Jsons.createObjectBuilder().add("forced", !users.isEmpty()).build());
    if (assets.countWithHash(asset.contentHash()) == 0) {
      changes.removeBytesAfterCommit(asset.contentHash());
    }
    publishing.assetChanged(asset.id());
  }

  private Violations configuredLocales(AssetUpdate update) {
    Violations violations = new Violations();
    for (String locale : update.texts().keySet()) {
      if (!locales.settings().isConfigured(locale)) {
        violations.add("texts." + locale, "is not a configured locale");
      }
    }
    return violations;
  }

  private static void requireManage(Caller caller) {
    if (!caller.mayManageAssets()) {
      throw new ForbiddenException("You may not upload or delete assets");
    }
  }
}
