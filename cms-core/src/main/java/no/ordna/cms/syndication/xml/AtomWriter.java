package no.ordna.cms.syndication.xml;

import javax.xml.stream.XMLStreamException;
import no.ordna.cms.syndication.domain.AtomFeed;

/** Writes an {@link AtomFeed} as an Atom 1.0 document (RFC 4287), UTF-8. */
public final class AtomWriter {

  public static final String NS = "http://www.w3.org/2005/Atom";
  public static final String MEDIA_TYPE = "application/atom+xml";
  static final String GENERATOR = "Ordna CMS";

  private AtomWriter() {}

  public static byte[] write(AtomFeed feed) {
    try {
      XmlOutput xml = new XmlOutput().root("feed", NS).lang(feed.language()).newline();
      xml.text("id", NS, feed.id()).newline();
      xml.text("title", NS, feed.title()).newline();
      xml.text("updated", NS, XmlText.time(feed.updated())).newline();
      xml.start("author", NS).text("name", NS, feed.author()).end().newline();
      xml.empty("", "link", NS, "rel", "self", "type", MEDIA_TYPE, "href", feed.selfHref());
      xml.newline();
      xml.empty(
          "", "link", NS, "rel", "alternate", "type", "text/html", "href", feed.alternateHref());
      xml.newline();
      xml.text("generator", NS, GENERATOR).newline();
      for (AtomFeed.Entry entry : feed.entries()) {
        entry(xml, entry);
      }
      return xml.end().finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the feed", e);
    }
  }

  private static void entry(XmlOutput xml, AtomFeed.Entry entry) throws XMLStreamException {
    xml.start("entry", NS).lang(entry.language()).newline();
    xml.text("id", NS, entry.id()).newline();
    xml.text("title", NS, entry.title()).newline();
    xml.text("updated", NS, XmlText.time(entry.updated())).newline();
    if (entry.published() != null) {
      xml.text("published", NS, XmlText.time(entry.published())).newline();
    }
    xml.empty(
        "",
        "link",
        NS,
        "rel",
        "alternate",
        "type",
        entry.hrefType(),
        "hreflang",
        entry.language(),
        "href",
        entry.href());
    xml.newline();
    if (entry.summary() != null && !entry.summary().isBlank()) {
      xml.text("summary", NS, entry.summary()).newline();
    }
    xml.end().newline();
  }
}
