package no.ordna.cms.asset.application;

import java.time.Instant;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.asset.domain.AssetTexts;
import no.ordna.cms.asset.domain.FocalPoint;

/**
 * An asset as the use cases hand it out, read inside their transaction: the facts of its file
 * (width and height for images, page count and title for PDFs; otherwise null), its texts per
 * locale, its public URL and the entity tag of its current version.
 */
public record AssetDetails(
    String id,
    String url,
    String fileName,
    String mediaType,
    long size,
    String contentHash,
    Integer width,
    Integer height,
    Integer pageCount,
    String pdfTitle,
    FocalPoint focalPoint,
    AssetTexts texts,
    String etag,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public static AssetDetails of(Asset asset) {
    return new AssetDetails(
        asset.id(),
        AssetCatalog.url(asset),
        asset.fileName(),
        asset.type().mediaType(),
        asset.size(),
        asset.contentHash(),
        asset.width(),
        asset.height(),
        asset.pageCount(),
        asset.pdfTitle(),
        asset.focalPoint(),
        asset.texts(),
        asset.etag(),
        asset.createdAt(),
        asset.createdBy(),
        asset.updatedAt(),
        asset.updatedBy());
  }
}
