package no.ordna.cms.translation.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeCheckTest {

  private static final Map<String, Code> SOURCE =
      RichTextSegmenter.segment("<p>A <strong>b</strong> <a href=\"https://x.no\">c</a><br>d</p>")
          .segments()
          .get(0)
          .text()
          .codes();

  private static Fragment.Paired paired(String id, String text) {
    return new Fragment.Paired(id, List.of(new Fragment.Text(text)));
  }

  @Test
  void aTranslationWithEveryCodeOnceIsAcceptedInAnyOrderAndNesting() {
    List<Fragment> target =
        List.of(
            new Fragment.Paired("2", List.of(paired("1", "B"), new Fragment.Text(" C"))),
            new Fragment.Standalone("3"),
            new Fragment.Text("D"));

    assertEquals(List.of(), CodeCheck.problems(SOURCE, target));
  }

  @Test
  void missingAddedRepeatedAndChangedCodesAreEachNamed() {
    List<Fragment> target =
        List.of(
            paired("1", "b"),
            paired("1", "again"),
            new Fragment.Standalone("2"),
            new Fragment.Standalone("9"));

    assertEquals(
        List.of(
            "inline code 1 (<strong>…</strong>) appears 2 times",
            "inline code 2 (<a href=\"https://x.no\">…</a>) is paired in the source, not standalone",
            "inline code 9 is not in the source (codes cannot be added)",
            "inline code 3 (<br>) is missing"),
        CodeCheck.problems(SOURCE, target));
  }

  @Test
  void plainTextNeedsNoCodes() {
    assertEquals(List.of(), CodeCheck.problems(Map.of(), List.of(new Fragment.Text("Buorre"))));
  }
}
