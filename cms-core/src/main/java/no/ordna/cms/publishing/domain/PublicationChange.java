package no.ordna.cms.publishing.domain;

/**
 * A change of what front ends see, raised after it commits: an item's locale published or
 * unpublished, or the item deleted ({@code locale} null), a type's definition changed, or an asset
 * that content shows changed. {@code seq} is its place in the publication log.
 */
public record PublicationChange(
    String itemId, String typeKey, String locale, Action action, long seq) {

  /** What happened. */
  public enum Action {
    PUBLISHED,
    UNPUBLISHED,
    DELETED,
    /** A content type's definition changed ({@code itemId} is empty). */
    TYPE_CHANGED,
    /** The configured locales changed ({@code itemId} and {@code typeKey} are empty). */
    LOCALES_CHANGED,
    /**
     * An asset's texts, focal point or file name changed, or it was deleted ({@code itemId} is the
     * asset's id, {@code typeKey} is empty).
     */
    ASSET_CHANGED
  }
}
