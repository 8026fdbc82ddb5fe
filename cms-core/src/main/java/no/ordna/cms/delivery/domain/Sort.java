package no.ordna.cms.delivery.domain;

import java.util.Optional;

/** The order of a list: by publish date (default, newest first), title, or publication time. */
public record Sort(Key key, boolean descending) {

  public static final Sort DEFAULT = new Sort(Key.PUBLISH_DATE, true);

  /** What a list can be sorted by. */
  public enum Key {
    PUBLISH_DATE("publishDate"),
    TITLE("title"),
    PUBLISHED_AT("publishedAt");

    private final String wireName;

    Key(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /** Parses {@code -publishDate}, {@code title}, …; empty when unknown. */
  public static Optional<Sort> parse(String text) {
    boolean descending = text.startsWith("-");
    String name = descending ? text.substring(1) : text;
    for (Key key : Key.values()) {
      if (key.wireName.equals(name)) {
        return Optional.of(new Sort(key, descending));
      }
    }
    return Optional.empty();
  }

  public String wireName() {
    return (descending ? "-" : "") + key.wireName;
  }
}
