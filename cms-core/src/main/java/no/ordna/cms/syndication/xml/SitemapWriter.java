package no.ordna.cms.syndication.xml;

import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import no.ordna.cms.syndication.domain.SitemapUrl;

/**
 * Writes sitemaps (sitemaps.org protocol 0.9): a {@code urlset} with {@code xhtml:link} hreflang
 * alternates, or a {@code sitemapindex} of numbered parts. UTF-8.
 */
public final class SitemapWriter {

  public static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  private SitemapWriter() {}

  public static byte[] urlset(List<SitemapUrl> urls) {
    try {
      XmlOutput xml = new XmlOutput().root("urlset", NS).namespace("xhtml", XHTML_NS).newline();
      for (SitemapUrl url : urls) {
        xml.start("url", NS).text("loc", NS, url.loc());
        if (url.lastModified() != null) {
          xml.text("lastmod", NS, XmlText.time(url.lastModified()));
        }
        for (SitemapUrl.Alternate alternate : url.alternates()) {
          xml.empty(
              "xhtml",
              "link",
              XHTML_NS,
              "rel",
              "alternate",
              "hreflang",
              alternate.hreflang(),
              "href",
              alternate.href());
        }
        xml.end().newline();
      }
      return xml.end().finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the sitemap", e);
    }
  }

  /** A sitemap index: one {@code <sitemap>} per part location, with its newest change. */
  public static byte[] index(List<String> locations, List<Instant> lastModified) {
    try {
      XmlOutput xml = new XmlOutput().root("sitemapindex", NS).newline();
      for (int i = 0; i < locations.size(); i++) {
        xml.start("sitemap", NS).text("loc", NS, locations.get(i));
        if (lastModified.get(i) != null) {
          xml.text("lastmod", NS, XmlText.time(lastModified.get(i)));
        }
        xml.end().newline();
      }
      return xml.end().finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the sitemap index", e);
    }
  }
}
