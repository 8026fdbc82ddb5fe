package no.ordna.cms.sync.domain;

/**
 * An item's locale that front ends must drop: unpublished, or its item deleted (moved to the trash
 * or gone for good).
 */
public record Tombstone(String id, String type, String locale, Reason reason) {

  /** Why it is gone. */
  public enum Reason {
    UNPUBLISHED,
    DELETED;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
