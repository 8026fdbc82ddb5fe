package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RichTextTest {

  @Test
  void sanitizeRemovesScriptElementsWithTheirCode() {
    assertEquals("<p>Hei</p>", RichText.sanitize("<p>Hei<script>alert(1)</script></p>"));
  }

  @Test
  void sanitizeRemovesEventHandlers() {
    assertEquals("<p>Hei</p>", RichText.sanitize("<p onclick=\"x()\" onmouseover=\"y()\">Hei</p>"));
  }

  @Test
  void sanitizeRemovesJavascriptHrefsWhateverTheirSpelling() {
    for (String href : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x")) {
      assertEquals("<a>lenke</a>", RichText.sanitize("<a href=\"" + href + "\">lenke</a>"), href);
    }
  }

  @Test
  void sanitizeRemovesStyleAttributesAndElements() {
    assertEquals("<p>ab</p>", RichText.sanitize("<p style=\"color:red\">a<style>p{}</style>b</p>"));
  }

  @Test
  void sanitizeRemovesSvgIframeAndImgWithOnerror() {
    assertEquals(
        "<p>abcd</p>",
        RichText.sanitize(
            "<p>a<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>b"
                + "<iframe src=\"https://evil.example\">inner</iframe>c"
                + "<img src=\"x\" onerror=\"alert(1)\">d</p>"));
  }

  @Test
  void sanitizeKeepsTheAllowedMarkup() {
    String html =
        "<p>Ein <strong>sterk</strong> og <em>vakker</em> "
            + "<a href=\"https://ordna.no/aktuelt\" title=\"Aktuelt\">lenke</a></p>"
            + "<ul><li>én</li><li>to</li></ul>";

    assertEquals(html, RichText.sanitize(html));
  }

  @Test
  void sanitizeKeepsHttpAndMailtoLinks() {
    String html = "<a href=\"http://ordna.no\">web</a> <a href=\"mailto:post@ordna.no\">e-post</a>";

    assertEquals(html, RichText.sanitize(html));
  }

  @Test
  void sanitizeKeepsSiteRelativeLinksAsWritten() {
    assertEquals(
        "<p><a href=\"/aktuelt/en-felles-kompetansestrategi\">Les mer</a></p>",
        RichText.sanitize("<p><a href=\"/aktuelt/en-felles-kompetansestrategi\">Les mer</a></p>"));
  }

  @Test
  void sanitizeKeepsLangAttributesOnAnyElement() {
    String html = "<p lang=\"nb\">Strategien heter <span lang=\"se\">Sámi perspektiiva</span></p>";

    assertEquals(html, RichText.sanitize(html));
  }

  @Test
  void sanitizeKeepsNorwegianAndSamiLettersLiterally() {
    assertEquals(
        "<p>æøå ÆØÅ áčđŋšŧžï é</p>", RichText.sanitize("<p>æøå ÆØÅ áčđŋšŧžï &eacute;</p>"));
  }

  @Test
  void sanitizeEscapesMarkupCharactersInText() {
    assertEquals("Hei &amp; ha det <b>x</b>", RichText.sanitize("Hei & ha det <b>x"));
  }

  @Test
  void sanitizeIsIdempotent() {
    for (String html :
        List.of(
            "<p onclick=\"x\">æøå &amp; <a href=\"https://ordna.no/?a=1&b=2\">l</a></p>",
            "<p lang=\"se\">Sámi&nbsp;perspektiiva</p><script>x</script>",
            "Hei & <b>x",
            "<table><tr><td colspan=\"2\" onclick=\"x\">c</td></tr></table>",
            "<ul><li>a<li>b</ul><svg><text>t</text></svg>")) {
      String once = RichText.sanitize(html);
      assertEquals(once, RichText.sanitize(once), html);
    }
  }

  @Test
  void plainTextDropsTheMarkup() {
    assertEquals(
        "Sámi perspektiiva og mer", RichText.plainText("<p>Sámi <em>perspektiiva</em></p> og mer"));
  }
}
