package no.ordna.cms.syndication.xml;

import static no.ordna.cms.syndication.xml.AtomWriter.NS;
import static no.ordna.cms.syndication.xml.Dom.children;
import static no.ordna.cms.syndication.xml.Dom.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import no.ordna.cms.syndication.domain.AtomFeed;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class AtomWriterTest {

  private static final Instant T1 = Instant.parse("2024-05-01T10:15:30.5Z");
  private static final Instant T2 = Instant.parse("2024-04-01T08:00:00Z");

  private static AtomFeed feed(List<AtomFeed.Entry> entries) {
    return new AtomFeed(
        "urn:uuid:00000000-0000-3000-8000-000000000000",
        "Nyhetsartikkel",
        "se",
        T1,
        "Kompetanse Norge",
        "http://cms/api/v1/content/article/feed.atom?locale=se",
        "https://www.example.no/se/aktuelt",
        entries);
  }

  private static AtomFeed.Entry entry(String title, String summary) {
    return new AtomFeed.Entry(
        "urn:uuid:11111111-1111-4111-8111-111111111111",
        title,
        "nb",
        T1,
        T2,
        "https://www.example.no/nb/aktuelt/x?a=1&b=2",
        "text/html",
        summary);
  }

  @Test
  void theFeedHasEveryElementRfc4287Requires() {
    Element feed = Dom.parse(AtomWriter.write(feed(List.of()))).getDocumentElement();

    assertEquals(NS, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    assertEquals("se", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("urn:uuid:00000000-0000-3000-8000-000000000000", text(feed, NS, "id"));
    assertEquals("Nyhetsartikkel", text(feed, NS, "title"));
    assertEquals("2024-05-01T10:15:30Z", text(feed, NS, "updated"));
    assertEquals("Kompetanse Norge", text(children(feed, NS, "author").get(0), NS, "name"));
    List<Element> links = children(feed, NS, "link");
    assertEquals("self", links.get(0).getAttribute("rel"));
    assertEquals("application/atom+xml", links.get(0).getAttribute("type"));
    assertEquals(
        "http://cms/api/v1/content/article/feed.atom?locale=se", links.get(0).getAttribute("href"));
    assertEquals("alternate", links.get(1).getAttribute("rel"));
    assertEquals("https://www.example.no/se/aktuelt", links.get(1).getAttribute("href"));
    assertTrue(children(feed, NS, "entry").isEmpty());
  }

  @Test
  void anEntryCarriesIdTitleDatesLinkLanguageAndSummary() {
    Element feed =
        Dom.parse(AtomWriter.write(feed(List.of(entry("Tittel", "Ingress"))))).getDocumentElement();

    Element entry = children(feed, NS, "entry").get(0);
    assertEquals("nb", entry.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    assertEquals("urn:uuid:11111111-1111-4111-8111-111111111111", text(entry, NS, "id"));
    assertEquals("Tittel", text(entry, NS, "title"));
    assertEquals("2024-05-01T10:15:30Z", text(entry, NS, "updated"));
    assertEquals("2024-04-01T08:00:00Z", text(entry, NS, "published"));
    assertEquals("Ingress", text(entry, NS, "summary"));
    Element link = children(entry, NS, "link").get(0);
    assertEquals("alternate", link.getAttribute("rel"));
    assertEquals("text/html", link.getAttribute("type"));
    assertEquals("nb", link.getAttribute("hreflang"));
    assertEquals("https://www.example.no/nb/aktuelt/x?a=1&b=2", link.getAttribute("href"));
  }

  @Test
  void userTextIsEscapedAndCharactersXmlCannotHoldAreDropped() {
    String title = "<script>alert(1)</script> & \"Sámi\" \u0001\u0000]]>";
    byte[] xml = AtomWriter.write(feed(List.of(entry(title, "a\u0007b"))));

    Element entry = children(Dom.parse(xml).getDocumentElement(), NS, "entry").get(0);
    assertEquals("<script>alert(1)</script> & \"Sámi\" ]]>", text(entry, NS, "title"));
    assertEquals("ab", text(entry, NS, "summary"));
    assertTrue(!new String(xml, StandardCharsets.UTF_8).contains("<script>"));
  }

  @Test
  void anEntryWithoutSummaryHasNoSummaryElement() {
    Element feed =
        Dom.parse(AtomWriter.write(feed(List.of(entry("T", null))))).getDocumentElement();

    assertTrue(children(children(feed, NS, "entry").get(0), NS, "summary").isEmpty());
  }

  @Test
  void theDocumentIsUtf8() {
    String xml =
        new String(AtomWriter.write(feed(List.of(entry("Ođas", null)))), StandardCharsets.UTF_8);

    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), xml);
    assertTrue(xml.contains("Ođas"));
  }
}
