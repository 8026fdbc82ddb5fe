package no.ordna.cms.content.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.ordna.cms.localization.text.Collation;
import no.ordna.cms.localization.text.TextFolding;
import no.ordna.cms.shared.JsonDocuments;

/**
 * One locale's version of a content item: its localized field values, slug and title, workflow
 * state and current revision number. Changed only through {@link ContentItem}.
 */
@Entity
@Table(name = "content_variant")
public class ContentVariant {

  private static final int TITLE_MAX = 500;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id", nullable = false)
  private ContentItem item;

  /**
   * The same column as {@link #item}, read-only, for queries that order by it without joining the
   * item (the item list by title, which an index on the variant's columns then serves).
   */
  @Column(name = "item_id", length = 36, insertable = false, updatable = false)
  private String itemId;

  @Column(name = "type_key", nullable = false, length = 64)
  private String typeKey;

  @Column(name = "locale", nullable = false, length = 16)
  private String locale;

  @Column(name = "fields", nullable = false)
  private String fieldsJson;

  @Column(name = "title", length = TITLE_MAX)
  private String title;

  @Column(name = "title_folded", length = TITLE_MAX)
  private String titleFolded;

  @Column(name = "slug", length = 200)
  private String slug;

  @Column(name = "title_key", length = 512)
  private byte[] titleKey;

  @Column(name = "translation_outdated", nullable = false)
  private boolean translationOutdated;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private VariantStatus status;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "variant_version", nullable = false)
  private int variantVersion;

  @Column(name = "source_locale", length = 16)
  private String sourceLocale;

  @Column(name = "source_revision")
  private Integer sourceRevision;

  @Column(name = "published_revision")
  private Integer publishedRevision;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "scheduled_publish_at")
  private Instant scheduledPublishAt;

  @Column(name = "scheduled_unpublish_at")
  private Instant scheduledUnpublishAt;

  @Column(name = "scheduled_by", length = 100)
  private String scheduledBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected ContentVariant() {}

  ContentVariant(ContentItem item, String locale, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.item = item;
    this.typeKey = item.typeKey();
    this.locale = locale;
    this.status = VariantStatus.DRAFT;
    this.fieldsJson = "{}";
    this.createdAt = now;
    this.createdBy = by;
  }

  void replaceFields(JsonObject fields, String newTitle, String newSlug, String by, Instant now) {
    if (status == VariantStatus.PUBLISHED || status == VariantStatus.UNPUBLISHED) {
      // a published snapshot stays live; this is now a newer draft beside it
      status = VariantStatus.DRAFT;
    } else if (status == VariantStatus.APPROVED) {
      // the approval was for the revision before this one
      status = VariantStatus.IN_REVIEW;
    }
    this.fieldsJson = JsonDocuments.write(fields);
    this.title = truncate(newTitle);
    this.titleFolded = truncate(TextFolding.fold(newTitle));
    this.titleKey = Collation.sortKey(locale, newTitle);
    this.slug = newSlug;
    this.revision++;
    this.variantVersion++;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void moveTo(VariantStatus next) {
    this.status = next;
  }

  void schedule(Instant publishAt, Instant unpublishAt, String by) {
    this.scheduledPublishAt = publishAt;
    this.scheduledUnpublishAt = unpublishAt;
    this.scheduledBy = publishAt == null && unpublishAt == null ? null : by;
  }

  void published(Instant now) {
    this.status = VariantStatus.PUBLISHED;
    this.scheduledPublishAt = null;
    this.publishedRevision = revision;
    this.publishedAt = now;
    if (firstPublishedAt == null) {
      firstPublishedAt = now;
    }
  }

  void unpublished() {
    this.status = VariantStatus.UNPUBLISHED;
    this.scheduledUnpublishAt = null;
    this.publishedRevision = null;
    this.publishedAt = null;
  }

  void migrate(JsonObject fields) {
    this.fieldsJson = JsonDocuments.write(fields);
    this.variantVersion++;
  }

  void translatedFrom(String source, int sourceRevisionNumber) {
    this.sourceLocale = source;
    this.sourceRevision = sourceRevisionNumber;
    this.translationOutdated = false;
  }

  void sourceChanged(boolean outdated) {
    this.translationOutdated = outdated;
  }

  private static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX);
  }

  public String id() {
    return id;
  }

  public ContentItem item() {
    return item;
  }

  public String locale() {
    return locale;
  }

  public JsonObject fields() {
    return JsonDocuments.parseObject(fieldsJson);
  }

  public String title() {
    return title;
  }

  /** The title's collation key in this locale (empty without a title). */
  public byte[] titleKey() {
    return titleKey == null ? new byte[0] : titleKey.clone();
  }

  public String slug() {
    return slug;
  }

  public VariantStatus status() {
    return status;
  }

  public int revision() {
    return revision;
  }

  public String sourceLocale() {
    return sourceLocale;
  }

  public Integer sourceRevision() {
    return sourceRevision;
  }

  /** Whether the source changed (in a localized field) since this translation was made. */
  public boolean translationOutdated() {
    return translationOutdated;
  }

  /** The revision front ends see, or null when this locale is not published. */
  public Integer publishedRevision() {
    return publishedRevision;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  /** When this locale was first published (kept across unpublishing). */
  public Instant firstPublishedAt() {
    return firstPublishedAt;
  }

  /** When a scheduled publish is due (UTC), or null. */
  public Instant scheduledPublishAt() {
    return scheduledPublishAt;
  }

  /** When a scheduled unpublish is due (UTC), or null. */
  public Instant scheduledUnpublishAt() {
    return scheduledUnpublishAt;
  }

  public String scheduledBy() {
    return scheduledBy;
  }

  public boolean isScheduled() {
    return scheduledPublishAt != null || scheduledUnpublishAt != null;
  }

  public boolean isPublished() {
    return publishedRevision != null;
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

  /**
   * The variant's ETag: it changes when this variant or the item's shared fields change, so a
   * translator's save is not refused because another locale was edited meanwhile.
   */
  public String etag() {
    return "\"v" + variantVersion + "." + item.sharedVersion() + "\"";
  }
}
