package no.ordna.cms.syndication.xml;

import static no.ordna.cms.syndication.xml.Dom.children;
import static no.ordna.cms.syndication.xml.Dom.text;
import static no.ordna.cms.syndication.xml.SitemapWriter.NS;
import static no.ordna.cms.syndication.xml.SitemapWriter.XHTML_NS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import no.ordna.cms.syndication.domain.SitemapUrl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SitemapWriterTest {

  private static final Instant T = Instant.parse("2024-05-01T10:15:30.25Z");

  @Test
  void aUrlsetListsEachUrlWithLastmodAndItsHreflangAlternates() {
    List<SitemapUrl.Alternate> alternates =
        List.of(
            new SitemapUrl.Alternate("nb", "https://x.no/nb/a?x=1&y=2"),
            new SitemapUrl.Alternate("se", "https://x.no/se/a"),
            new SitemapUrl.Alternate("x-default", "https://x.no/nb/a?x=1&y=2"));
    byte[] xml =
        SitemapWriter.urlset(
            List.of(
                new SitemapUrl("https://x.no/nb/a?x=1&y=2", T, alternates),
                new SitemapUrl("https://x.no/se/a", T, alternates)));

    Element urlset = Dom.parse(xml).getDocumentElement();
    assertEquals(NS, urlset.getNamespaceURI());
    assertEquals("urlset", urlset.getLocalName());
    List<Element> urls = children(urlset, NS, "url");
    assertEquals(2, urls.size());
    assertEquals("https://x.no/nb/a?x=1&y=2", text(urls.get(0), NS, "loc"));
    assertEquals("2024-05-01T10:15:30Z", text(urls.get(0), NS, "lastmod"));
    List<Element> links = children(urls.get(1), XHTML_NS, "link");
    assertEquals(3, links.size());
    assertEquals("alternate", links.get(1).getAttribute("rel"));
    assertEquals("se", links.get(1).getAttribute("hreflang"));
    assertEquals("https://x.no/se/a", links.get(1).getAttribute("href"));
    assertEquals("x-default", links.get(2).getAttribute("hreflang"));
  }

  @Test
  void anEmptySiteIsAnEmptyUrlset() {
    Element urlset = Dom.parse(SitemapWriter.urlset(List.of())).getDocumentElement();

    assertEquals("urlset", urlset.getLocalName());
    assertEquals(0, children(urlset, NS, "url").size());
  }

  @Test
  void anIndexListsThePartsWithTheirNewestChange() {
    byte[] xml =
        SitemapWriter.index(
            List.of("https://x.no/sitemap.xml?part=1", "https://x.no/sitemap.xml?part=2"),
            List.of(T, T));

    Element index = Dom.parse(xml).getDocumentElement();
    assertEquals(NS, index.getNamespaceURI());
    assertEquals("sitemapindex", index.getLocalName());
    List<Element> sitemaps = children(index, NS, "sitemap");
    assertEquals(2, sitemaps.size());
    assertEquals("https://x.no/sitemap.xml?part=2", text(sitemaps.get(1), NS, "loc"));
    assertEquals("2024-05-01T10:15:30Z", text(sitemaps.get(1), NS, "lastmod"));
  }
}
