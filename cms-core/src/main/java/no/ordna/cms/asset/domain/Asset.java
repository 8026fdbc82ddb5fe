package no.ordna.cms.asset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.ordna.cms.shared.JsonDocuments;

/**
 * One uploaded file and what is known about it. The bytes never change after the upload (their
 * SHA-256 is {@link #contentHash()}); the file name, the focal point and the texts per locale may.
 * Invariants: the type is one of {@link FileType}, detected from the bytes; images have a pixel
 * size, PDFs a page count; the focal point lies within the image.
 */
@Entity
@Table(name = "asset")
public class Asset {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "width")
  private Integer width;

  @Column(name = "height")
  private Integer height;

  @Column(name = "page_count")
  private Integer pageCount;

  @Column(name = "pdf_title", length = 500)
  private String pdfTitle;

  @Column(name = "focal_x")
  private Double focalX;

  @Column(name = "focal_y")
  private Double focalY;

  @Column(name = "texts", nullable = false)
  private String texts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected Asset() {}

  public Asset(FileFacts facts, String fileName, AssetTexts texts, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.contentHash = facts.contentHash();
    this.mediaType = facts.type().mediaType();
    this.size = facts.size();
    this.width = facts.width();
    this.height = facts.height();
    this.pageCount = facts.pageCount();
    this.pdfTitle = facts.pdfTitle();
    this.fileName = FileNames.clean(fileName, facts.type());
    this.texts = JsonDocuments.write(texts.toJson());
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** Changes the texts, the focal point (null: keep) and the file name (null: keep). */
  public void update(
      AssetTexts newTexts, FocalPoint focalPoint, String newFileName, String by, Instant now) {
    this.texts = JsonDocuments.write(newTexts.toJson());
    if (focalPoint != null) {
      this.focalX = focalPoint.x();
      this.focalY = focalPoint.y();
    }
    if (newFileName != null) {
      this.fileName = FileNames.clean(newFileName, type());
    }
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public String id() {
    return id;
  }

  public String contentHash() {
    return contentHash;
  }

  public FileType type() {
    return FileType.ofMediaType(mediaType).orElseThrow();
  }

  public String fileName() {
    return fileName;
  }

  public long size() {
    return size;
  }

  public Integer width() {
    return width;
  }

  public Integer height() {
    return height;
  }

  public Integer pageCount() {
    return pageCount;
  }

  public String pdfTitle() {
    return pdfTitle;
  }

  /** The focal point set by an editor, or null (crops then keep the centre). */
  public FocalPoint focalPoint() {
    return focalX == null || focalY == null ? null : new FocalPoint(focalX, focalY);
  }

  public AssetTexts texts() {
    return AssetTexts.fromJson(JsonDocuments.parseObject(texts));
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public int version() {
    return version;
  }

  /** The strong ETag of the asset's record (not of its bytes). */
  public String etag() {
    return "\"a" + version + "-" + id.substring(0, 8) + "\"";
  }

  /**
   * What a public URL carries so it can be cached for good: changes whenever what the URL serves
   * could (the bytes never do; crops follow the focal point).
   */
  public String urlVersion() {
    FocalPoint focal = focalPoint();
    String base = contentHash.substring(0, 16);
    return focal == null ? base : base + "-" + Integer.toHexString(focal.key().hashCode());
  }
}
