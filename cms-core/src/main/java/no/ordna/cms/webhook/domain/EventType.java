package no.ordna.cms.webhook.domain;

import java.util.Optional;

/** What a webhook can be told of, by its stable dotted wire name. */
public enum EventType {
  /** A locale variant of an item was published (first time or again). */
  CONTENT_PUBLISHED("content.published"),
  /** A locale variant was taken off the published channel. */
  CONTENT_UNPUBLISHED("content.unpublished"),
  /** An item was deleted (moved to the trash; its published locales were unpublished first). */
  CONTENT_DELETED("content.deleted"),
  /** An item came back from the trash (as unpublished drafts). */
  CONTENT_RESTORED("content.restored"),
  /** A translation became outdated: its source changed since it was translated. */
  TRANSLATION_OUTDATED("translation.outdated"),
  /** An asset's texts, focal point or file changed, or it was deleted. */
  ASSET_CHANGED("asset.changed"),
  /** A content type's definition changed (or a block type it uses). */
  CONTENT_TYPE_CHANGED("content-type.changed"),
  /** The configured locales or fallback chains changed. */
  LOCALES_CHANGED("locales.changed");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String name) {
    for (EventType type : values()) {
      if (type.wireName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
