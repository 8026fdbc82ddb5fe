package no.ordna.cms.publishing.domain;

import jakarta.json.JsonObject;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.ordna.cms.shared.JsonDocuments;

/**
 * A denormalised copy of one locale variant in one channel: its document (the merged values ready
 * to serve), the columns lists sort and look up by, and the index rows and references that filters
 * and includes use, and the assets it uses. Replaced as a whole (see {@link #rewrite}), never
 * edited in part.
 */
@Entity
@Table(name = "snapshot")
public class Snapshot {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Convert(converter = ChannelConverter.class)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  @Column(name = "variant_id", nullable = false, length = 36)
  private String variantId;

  @Column(name = "item_id", nullable = false, length = 36)
  private String itemId;

  @Column(name = "type_key", nullable = false, length = 64)
  private String typeKey;

  @Column(name = "locale", nullable = false, length = 16)
  private String locale;

  @Column(name = "slug", length = 200)
  private String slug;

  @Column(name = "title", length = 500)
  private String title;

  @Column(name = "title_key", length = 512)
  private byte[] titleKey;

  @Column(name = "sort_date", nullable = false)
  private Instant sortDate;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "first_published_at", nullable = false)
  private Instant firstPublishedAt;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "document", nullable = false)
  private String document;

  @OneToMany(mappedBy = "snapshot", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SnapshotField> fields = new ArrayList<>();

  @OneToMany(mappedBy = "snapshot", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SnapshotReference> references = new ArrayList<>();

  @OneToMany(mappedBy = "snapshot", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SnapshotAsset> assets = new ArrayList<>();

  protected Snapshot() {}

  public Snapshot(Channel channel, SnapshotContent content) {
    this.id = UUID.randomUUID().toString();
    this.channel = channel;
    this.variantId = content.variantId();
    this.itemId = content.itemId();
    this.locale = content.locale();
    fill(content);
  }

  /**
   * Makes this the snapshot of the variant's new content, as a whole: every column and every index,
   * reference and asset row is replaced. The channel, variant, item and locale (its unique keys)
   * stay, so the database rewrites the row in place.
   */
  public void rewrite(SnapshotContent content) {
    if (!content.variantId().equals(variantId)
        || !content.itemId().equals(itemId)
        || !content.locale().equals(locale)) {
      throw new IllegalArgumentException(
          "snapshot of variant " + variantId + " rewritten with " + content.variantId());
    }
    fields.clear();
    references.clear();
    assets.clear();
    fill(content);
  }

  private void fill(SnapshotContent content) {
    this.typeKey = content.typeKey();
    this.slug = content.slug();
    this.title =
        content.title() == null || content.title().length() <= 500
            ? content.title()
            : content.title().substring(0, 500);
    this.titleKey = content.titleKey() == null ? new byte[0] : content.titleKey();
    this.sortDate = content.sortDate();
    this.publishedAt = content.publishedAt();
    this.firstPublishedAt = content.firstPublishedAt();
    this.revision = content.revision();
    this.document = JsonDocuments.write(content.document());
    content.index().forEach(v -> fields.add(new SnapshotField(this, v)));
    content.references().forEach(target -> references.add(new SnapshotReference(this, target)));
    content.assets().forEach(asset -> assets.add(new SnapshotAsset(this, asset)));
  }

  public String id() {
    return id;
  }

  public Channel channel() {
    return channel;
  }

  public String itemId() {
    return itemId;
  }

  public String typeKey() {
    return typeKey;
  }

  public String locale() {
    return locale;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public byte[] titleKey() {
    return titleKey;
  }

  public Instant sortDate() {
    return sortDate;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant firstPublishedAt() {
    return firstPublishedAt;
  }

  public int revision() {
    return revision;
  }

  public JsonObject document() {
    return JsonDocuments.parseObject(document);
  }

  public List<String> referencedItemIds() {
    return references.stream().map(SnapshotReference::targetItemId).toList();
  }

  /** The assets the snapshot uses, as recorded when it was made. */
  public List<String> assetIds() {
    return assets.stream().map(SnapshotAsset::assetId).toList();
  }
}
