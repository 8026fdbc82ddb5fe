package no.ordna.cms.api.asset;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import no.ordna.cms.asset.application.AssetCatalog;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.shared.Jsons;

/** The management API's JSON of an asset: every fact, every locale's texts, who changed it. */
final class AssetMapper {

  private AssetMapper() {}

  static JsonObject asset(Asset asset) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", asset.id())
            .add("url", AssetCatalog.url(asset))
            .add("fileName", asset.fileName())
            .add("mediaType", asset.type().mediaType())
            .add("size", asset.size())
            .add("contentHash", asset.contentHash());
    if (asset.width() != null) {
      json.add("width", asset.width()).add("height", asset.height());
    }
    if (asset.pageCount() != null) {
      json.add("pageCount", asset.pageCount());
    }
    if (asset.pdfTitle() != null) {
      json.add("pdfTitle", asset.pdfTitle());
    }
    FocalPoint focal = asset.focalPoint();
    if (focal != null) {
      json.add("focalPoint", Jsons.createObjectBuilder().add("x", focal.x()).add("y", focal.y()));
    }
    return json.add("texts", asset.texts().toJson())
        .add("etag", asset.etag())
        .add("createdAt", asset.createdAt().toString())
        .add("createdBy", asset.createdBy())
        .add("updatedAt", asset.updatedAt().toString())
        .add("updatedBy", asset.updatedBy())
        .build();
  }

  static JsonObject usage(List<Snapshot> published, List<Snapshot> drafts) {
    return Jsons.createObjectBuilder()
        .add("published", users(published))
        .add("drafts", users(drafts))
        .build();
  }

  private static jakarta.json.JsonArrayBuilder users(List<Snapshot> snapshots) {
    jakarta.json.JsonArrayBuilder array = Jsons.createArrayBuilder();
    for (Snapshot s : snapshots) {
      JsonObjectBuilder user =
          Jsons.createObjectBuilder()
              .add("itemId", s.itemId())
              .add("type", s.typeKey())
              .add("locale", s.locale());
      if (s.title() != null) {
        user.add("title", s.title());
      }
      array.add(user);
    }
    return array;
  }
}
