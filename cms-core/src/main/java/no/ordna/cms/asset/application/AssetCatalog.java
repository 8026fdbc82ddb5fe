package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.asset.persistence.AssetRepository;
import no.ordna.cms.content.application.KnownAssets;
import no.ordna.cms.publishing.application.AltTexts;
import no.ordna.cms.shared.Jsons;

/**
 * What other features ask about assets: whether ids exist (content checks), which images lack an
 * alt text in a locale (publishing), and how an asset is described to a reader (delivery).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssetCatalog implements KnownAssets, AltTexts {

  @Inject AssetRepository assets;

  @Override
  public Set<String> existing(Collection<String> assetIds) {
    return assets.findAll(Set.copyOf(assetIds)).stream().map(Asset::id).collect(Collectors.toSet());
  }

  @Override
  public Set<String> imagesWithoutAlt(Collection<String> assetIds, String locale) {
    return assets.findAll(Set.copyOf(assetIds)).stream()
        .filter(a -> a.type().isImage() && !a.texts().hasAltIn(locale))
        .map(Asset::id)
        .collect(Collectors.toSet());
  }

  /**
   * The reader's view of the assets that exist among {@code ids}, by id: URL, type, size, pixel
   * size or page count, focal point, and the texts along the locale chain (served locale first).
   */
  public Map<String, JsonObject> describe(Collection<String> ids, List<String> chain) {
    Map<String, JsonObject> described = new LinkedHashMap<>();
    for (Asset asset : assets.findAll(Set.copyOf(ids))) {
      described.put(asset.id(), describe(asset, chain));
    }
    return described;
  }

  public static JsonObject describe(Asset asset, List<String> chain) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", asset.id())
            .add("url", url(asset))
            .add("fileName", asset.fileName())
            .add("mediaType", asset.type().mediaType())
            .add("size", asset.size());
    if (asset.width() != null) {
      json.add("width", asset.width()).add("height", asset.height());
    }
    if (asset.pageCount() != null) {
      json.add("pageCount", asset.pageCount());
    }
    FocalPoint focal = asset.focalPoint();
    if (focal != null) {
      json.add("focalPoint", Jsons.createObjectBuilder().add("x", focal.x()).add("y", focal.y()));
    }
    asset.texts().resolve(chain).forEach(json::add);
    return json.build();
  }

  /** The asset's public URL (path), versioned so that it can be cached for good. */
  public static String url(Asset asset) {
    return "/api/v1/assets/"
        + asset.id()
        + "/"
        + URLEncoder.encode(asset.fileName(), StandardCharsets.UTF_8)
        + "?v="
        + asset.urlVersion();
  }
}
