package no.ordna.cms.content.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.shared.JsonDocuments;

/**
 * A content item, the aggregate root of its locale variants: shared (non-localized) field values
 * live here once, localized values once per {@link ContentVariant}. The item's version grows with
 * every change to it or any variant and is the item's ETag; the first variant's locale is the
 * item's original locale, the source of translations.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "type_key", nullable = false, length = 64)
  private String typeKey;

  @Column(name = "original_locale", nullable = false, length = 16)
  private String originalLocale;

  @Column(name = "shared_fields", nullable = false)
  private String sharedFieldsJson;

  @Column(name = "shared_version", nullable = false)
  private int sharedVersion;

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

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by", length = 100)
  private String deletedBy;

  @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("createdAt")
  private List<ContentVariant> variants = new ArrayList<>();

  protected ContentItem() {}

  public ContentItem(String typeKey, String originalLocale, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.typeKey = typeKey;
    this.originalLocale = originalLocale;
    this.sharedFieldsJson = "{}";
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /**
   * Saves one locale's values (creating the variant when it is new) and, when {@code shared} is
   * given, the item's shared values. Returns the variant, whose revision number has grown by one.
   */
  public ContentVariant save(
      String locale,
      JsonObject localized,
      JsonObject shared,
      String title,
      String slug,
      String by,
      Instant now) {
    ContentVariant variant =
        variant(locale)
            .orElseGet(
                () -> {
                  ContentVariant created = new ContentVariant(this, locale, by, now);
                  variants.add(created);
                  return created;
                });
    if (shared != null && !shared.equals(sharedFields())) {
      this.sharedFieldsJson = JsonDocuments.write(shared);
      this.sharedVersion++;
    }
    variant.replaceFields(localized, title, slug, by, now);
    this.updatedAt = now;
    this.updatedBy = by;
    return variant;
  }

  /**
   * Rewrites stored values after a type change (no revision: the content did not change in meaning,
   * its type did). Both ETags change.
   */
  public void migrate(String locale, JsonObject fields, String by, Instant now) {
    if (locale == null) {
      this.sharedFieldsJson = JsonDocuments.write(fields);
      this.sharedVersion++;
    } else {
      variant(locale).orElseThrow().migrate(fields);
    }
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /**
   * Moves a locale's variant to another workflow state (the workflow feature decides which moves
   * are allowed).
   */
  public ContentVariant moveTo(String locale, VariantStatus next, String by, Instant now) {
    ContentVariant variant = variant(locale).orElseThrow();
    variant.moveTo(next);
    touch(by, now);
    return variant;
  }

  /** Sets (or, with two nulls, clears) a locale's scheduled publish and unpublish times. */
  public ContentVariant schedule(
      String locale, Instant publishAt, Instant unpublishAt, String by, Instant now) {
    ContentVariant variant = variant(locale).orElseThrow();
    variant.schedule(publishAt, unpublishAt, by);
    touch(by, now);
    return variant;
  }

  /** Moves the item to the trash (it must not be published any more). */
  public void moveToTrash(String by, Instant now) {
    if (variants.stream().anyMatch(ContentVariant::isPublished)) {
      throw new IllegalStateException("unpublish before trashing");
    }
    this.deletedAt = now;
    this.deletedBy = by;
    touch(by, now);
  }

  /** Takes the item out of the trash; its variants stay unpublished. */
  public void restoreFromTrash(String by, Instant now) {
    this.deletedAt = null;
    this.deletedBy = null;
    touch(by, now);
  }

  public boolean isTrashed() {
    return deletedAt != null;
  }

  public Instant deletedAt() {
    return deletedAt;
  }

  public String deletedBy() {
    return deletedBy;
  }

  /** Marks a locale published at its current revision. */
  public ContentVariant publish(String locale, String by, Instant now) {
    ContentVariant variant = variant(locale).orElseThrow();
    variant.published(now);
    touch(by, now);
    return variant;
  }

  /** Marks a locale no longer published; its values and revisions stay. */
  public ContentVariant unpublish(String locale, String by, Instant now) {
    ContentVariant variant = variant(locale).orElseThrow();
    variant.unpublished();
    touch(by, now);
    return variant;
  }

  private void touch(String by, Instant now) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /**
   * Records that a variant is a translation of another locale's given revision (made from it, or
   * brought up to date with it): it is no longer outdated.
   */
  public void markTranslation(String locale, String sourceLocale, int sourceRevision) {
    variant(locale).orElseThrow().translatedFrom(sourceLocale, sourceRevision);
  }

  /** Marks a translation outdated (its source changed since) or current again. */
  public void markSourceChanged(String locale, boolean outdated) {
    variant(locale).orElseThrow().sourceChanged(outdated);
  }

  public Optional<ContentVariant> variant(String locale) {
    return variants.stream().filter(v -> v.locale().equals(locale)).findFirst();
  }

  public List<ContentVariant> variants() {
    return variants.stream().sorted(Comparator.comparing(ContentVariant::createdAt)).toList();
  }

  public String id() {
    return id;
  }

  public String typeKey() {
    return typeKey;
  }

  /** The key of the item's content type, as a value. */
  public TypeKey type() {
    return new TypeKey(typeKey);
  }

  public String originalLocale() {
    return originalLocale;
  }

  public JsonObject sharedFields() {
    return JsonDocuments.parseObject(sharedFieldsJson);
  }

  public int sharedVersion() {
    return sharedVersion;
  }

  public int version() {
    return version;
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

  /** The item's ETag: changes with every change to the item or any of its variants. */
  public String etag() {
    return "\"i" + version + "\"";
  }
}
