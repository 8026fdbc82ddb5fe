package no.ordna.cms.api.asset;

import java.util.LinkedHashMap;
import java.util.Map;
import no.ordna.cms.asset.application.AssetDetails;
import no.ordna.cms.asset.application.AssetUsage;
import no.ordna.cms.asset.domain.AssetText;
import no.ordna.cms.asset.domain.FocalPoint;

/** The management API's records of an asset: every fact, every locale's texts, who changed it. */
final class AssetMapper {

  private AssetMapper() {}

  static AssetView asset(AssetDetails asset) {
    FocalPoint focal = asset.focalPoint();
    return new AssetView(
        asset.id(),
        asset.url(),
        asset.fileName(),
        asset.mediaType(),
        asset.size(),
        asset.contentHash(),
        asset.width(),
        asset.width() == null ? null : asset.height(),
        asset.pageCount(),
        asset.pdfTitle(),
        focal == null ? null : new FocalPointView(focal.x(), focal.y()),
        texts(asset.texts().byLocale()),
        asset.etag(),
        asset.createdAt().toString(),
        asset.createdBy(),
        asset.updatedAt().toString(),
        asset.updatedBy());
  }

  private static Map<String, AssetTextView> texts(Map<String, AssetText> byLocale) {
    Map<String, AssetTextView> texts = new LinkedHashMap<>();
    byLocale.forEach(
        (locale, t) ->
            texts.put(
                locale,
                new AssetTextView(t.title(), t.alt(), t.caption(), t.credit(), t.licence())));
    return texts;
  }

  static AssetUsageView usage(AssetUsage usage) {
    return new AssetUsageView(
        usage.published().stream().map(AssetMapper::user).toList(),
        usage.drafts().stream().map(AssetMapper::user).toList());
  }

  private static AssetUsageView.User user(AssetUsage.User user) {
    return new AssetUsageView.User(user.itemId(), user.type(), user.locale(), user.title());
  }
}
