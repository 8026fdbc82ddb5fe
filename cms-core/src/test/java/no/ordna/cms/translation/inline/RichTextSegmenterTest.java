package no.ordna.cms.translation.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.ordna.cms.contenttype.domain.RichText;
import org.junit.jupiter.api.Test;

class RichTextSegmenterTest {

  /** Every structure the sanitiser keeps, and the awkward corners of whitespace and entities. */
  static final List<String> SAMPLES =
      List.of(
          "<p>Ein <strong>sterk</strong>, <b>feit</b>, <em>vakker</em>, <i>skrå</i>, <u>understreka</u>,"
              + " <s>streka</s>, H<sub>2</sub>O, x<sup>2</sup> og <code>kode</code></p>",
          "<p>Les <a href=\"https://www.kompetansenorge.no/aktuelt\" title=\"Aktuelt &amp; nytt\""
              + " hreflang=\"nb\">nyhetene</a> og <a href=\"/om-oss\">om oss</a>.<br>Ny linje.</p>",
          "<p><span lang=\"se\">Sámi čáppa đ ŋ š ŧ ž</span> – åarjel æ ø å ï</p>",
          "<h2>To</h2><h3>Tre</h3><h4>Fire</h4><h5>Fem</h5><h6>Seks</h6>",
          "<ul><li>Én</li><li>To<ul><li>To a</li><li>To <em>b</em><ol start=\"3\"><li>Dypt</li></ol>"
              + "</li></ul></li><li><p>Avsnitt i punkt</p><p>Og ett til</p></li></ul>",
          "<ol start=\"5\"><li>fem</li><li>seks</li></ol>",
          "<table><caption>Konferanser</caption><thead><tr><th scope=\"col\">Nr.</th>"
              + "<th colspan=\"2\">Sted</th></tr></thead><tbody><tr><td rowspan=\"2\">1</td>"
              + "<td>Tromsø</td><td><strong>Fulltegnet</strong></td></tr><tr><td></td><td>x</td></tr>"
              + "</tbody><tfoot><tr><td>Sum</td></tr></tfoot></table>",
          "<blockquote><p>Vi må jobbe sammen.</p></blockquote><blockquote>Direkte sitat</blockquote>",
          "<pre><code>mvn   verify\n  -DskipITs</code></pre>",
          "<figure><figcaption>Bildetekst med <a href=\"https://x.no\">lenke</a></figcaption></figure>",
          "<p>Før</p><hr><p>Etter</p>",
          "Løs tekst <strong>uten</strong> avsnitt<p>og så et avsnitt</p> og hale",
          "<p>  Mellomrom rundt  </p>\n<p>\tTab\t</p>\n\n",
          "<p>Tegn: &amp; &lt; &gt; \" ' og hardt&nbsp;mellomrom</p>",
          "<p></p><p><br></p><p> </p><p><strong> </strong></p>",
          "<p><strong><em>Nøstet</em> og <a href=\"https://a.no\" title=\"T\">lenke <b>inni</b></a>"
              + "</strong></p>",
          "<a href=\"https://blokk.no\"><p>Lenke rundt et avsnitt</p></a>",
          "<p lang=\"se\">Avsnitt med språk</p>",
          "<p>En<br>to<br><br>tre</p>");

  @Test
  void everyStructureTheSanitiserKeepsComesBackExactlyFromItsSegments() {
    for (String sample : SAMPLES) {
      String html = RichText.sanitize(sample);
      SegmentedRichText segmented = RichTextSegmenter.segment(html);

      assertEquals(html, segmented.rebuild(), sample);
    }
  }

  @Test
  void blocksListItemsAndTableCellsAreSegmentsOfTheirOwn() {
    SegmentedRichText segmented =
        RichTextSegmenter.segment(
            RichText.sanitize(
                "<h2>Tittel</h2><p>Tekst</p><ul><li>Punkt<ul><li>Under</li></ul></li></ul>"
                    + "<table><tbody><tr><th>H</th><td>C</td></tr></tbody></table>"));

    assertEquals(
        List.of(
            "heading 2",
            "paragraph",
            "list item",
            "list item, level 2",
            "table header cell",
            "table cell"),
        segmented.segments().stream().map(RichSegment::context).toList());
    assertEquals(
        List.of("Tittel", "Tekst", "Punkt", "Under", "H", "C"),
        segmented.segments().stream().map(s -> s.text().plainText()).toList());
  }

  @Test
  void formattingInsideASentenceBecomesCodesWithTheOriginalMarkup() {
    TaggedText text =
        RichTextSegmenter.segment(
                "<p>Les <strong>dette</strong> og <a href=\"https://x.no\" title=\"T\">her</a>.<br>"
                    + "Slutt</p>")
            .segments()
            .get(0)
            .text();

    assertEquals(
        List.of(
            new Fragment.Text("Les "),
            new Fragment.Paired("1", List.of(new Fragment.Text("dette"))),
            new Fragment.Text(" og "),
            new Fragment.Paired("2", List.of(new Fragment.Text("her"))),
            new Fragment.Text("."),
            new Fragment.Standalone("3"),
            new Fragment.Text("Slutt")),
        text.fragments());
    assertEquals("<a href=\"https://x.no\" title=\"T\">", text.codes().get("2").start());
    assertEquals("</a>", text.codes().get("2").end());
    assertEquals(Code.Kind.STANDALONE, text.codes().get("3").kind());
  }

  @Test
  void whitespaceAroundTheTextStaysOutOfTheSegment() {
    SegmentedRichText segmented = RichTextSegmenter.segment("<p>  Hei du  </p>");

    assertEquals(
        List.of(new Fragment.Text("Hei du")), segmented.segments().get(0).text().fragments());
  }

  @Test
  void blocksWithoutTextAreNoSegments() {
    assertTrue(RichTextSegmenter.segment("<p></p><p><br></p><hr><p> </p>").segments().isEmpty());
  }

  @Test
  void translatedSegmentsTakeTheirPlacesInTheStructure() {
    SegmentedRichText segmented =
        RichTextSegmenter.segment("<ul><li>Én <strong>sterk</strong></li><li>To</li></ul>");
    TaggedText first = segmented.segments().get(0).text();
    String translated =
        first
            .with(
                List.of(
                    new Fragment.Paired("1", List.of(new Fragment.Text("Nana"))),
                    new Fragment.Text(" okta")))
            .html();

    assertEquals(
        "<ul><li><strong>Nana</strong> okta</li><li>Guokte</li></ul>",
        segmented.rebuild(List.of(translated, "Guokte")));
  }
}
