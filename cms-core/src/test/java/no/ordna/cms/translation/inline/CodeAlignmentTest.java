package no.ordna.cms.translation.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeAlignmentTest {

  private static TaggedText first(String html) {
    return RichTextSegmenter.segment(html).segments().get(0).text();
  }

  @Test
  void aStoredTranslationGetsTheSourcesCodeIdsByMarkup() {
    TaggedText source = first("<p>A <strong>b</strong> og <em>c</em></p>");
    TaggedText translation = first("<p><em>C</em> ja <strong>B</strong> a</p>");

    CodeAlignment.Aligned aligned = CodeAlignment.align(source, translation).orElseThrow();

    assertEquals(
        List.of(
            new Fragment.Paired("2", List.of(new Fragment.Text("C"))),
            new Fragment.Text(" ja "),
            new Fragment.Paired("1", List.of(new Fragment.Text("B"))),
            new Fragment.Text(" a")),
        aligned.content());
  }

  @Test
  void aLinkThatPointsElsewhereInTheTranslationStillCorrespondsAndKeepsItsOwnTarget() {
    TaggedText source = first("<p>Se <a href=\"/nb/side\">siden</a></p>");
    TaggedText translation = first("<p>Geahča <a href=\"/se/siidu\">siiddu</a></p>");

    CodeAlignment.Aligned aligned = CodeAlignment.align(source, translation).orElseThrow();

    assertEquals("<a href=\"/se/siidu\">", aligned.ownCodes().get("1").start());
  }

  @Test
  void segmentsWithDifferentCodesDoNotCorrespond() {
    assertTrue(
        CodeAlignment.align(first("<p>A <strong>b</strong></p>"), first("<p>A <em>b</em></p>"))
            .isEmpty());
    assertTrue(
        CodeAlignment.align(first("<p>A <strong>b</strong></p>"), first("<p>A b</p>")).isEmpty());
  }
}
