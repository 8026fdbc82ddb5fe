package no.ordna.cms.syndication.domain;

import java.time.Instant;
import java.util.List;

/**
 * What an Atom 1.0 feed (RFC 4287) says: its stable id, title, language, last update, author, the
 * link to itself and to the front-end page it mirrors, and its entries, newest first.
 */
public record AtomFeed(
    String id,
    String title,
    String language,
    Instant updated,
    String author,
    String selfHref,
    String alternateHref,
    List<Entry> entries) {

  public AtomFeed {
    entries = List.copyOf(entries);
  }

  /**
   * One entry: id, title, language, last publication ({@code updated}), publish date ({@code
   * published}), the link to the item and its media type, and an optional plain-text summary.
   */
  public record Entry(
      String id,
      String title,
      String language,
      Instant updated,
      Instant published,
      String href,
      String hrefType,
      String summary) {}
}
