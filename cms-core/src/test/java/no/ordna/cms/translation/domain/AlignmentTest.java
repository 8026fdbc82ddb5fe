package no.ordna.cms.translation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.translation.inline.Fragment;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  static JsonObject values(String title, String body) {
    return JsonDocuments.parseObject(
        "{\"title\": \"" + title + "\", \"body\": \"" + body.replace("\"", "\\\"") + "\"}");
  }

  static TranslatableTexts texts(JsonObject values) {
    return TranslatableTexts.of(
        TranslatableTextsTest.EVENT, values, key -> java.util.Optional.empty());
  }

  @Test
  void anUpToDateTranslationPairsFieldByFieldAndSegmentBySegment() {
    TranslatableTexts source = texts(values("Tittel", "<p>En <strong>sterk</strong></p><p>To</p>"));
    TranslatableTexts translation =
        texts(values("Namma", "<p><strong>Nana</strong> okta</p><p>Guokte</p>"));

    Map<String, Alignment.Carried> carried = Alignment.carry(source, source, translation);

    assertEquals(List.of(new Fragment.Text("Namma")), carried.get("title").aligned().content());
    assertEquals(
        List.of(
            new Fragment.Paired("1", List.of(new Fragment.Text("Nana"))),
            new Fragment.Text(" okta")),
        carried.get("body:1").aligned().content());
    assertFalse(carried.get("body:2").changed());
  }

  @Test
  void aTranslationOfAnOlderSourceKeepsItsSegmentsWhereverTheyMovedAndMarksTheChangedOnes() {
    TranslatableTexts then = texts(values("Tittel", "<p>En</p><p>To</p><p>Tre</p>"));
    TranslatableTexts translation = texts(values("Namma", "<p>Okta</p><p>Guokte</p><p>Golbma</p>"));
    TranslatableTexts now =
        texts(values("Ny tittel", "<p>Ny først</p><p>En</p><p>To endret</p><p>Tre</p>"));

    Map<String, Alignment.Carried> carried = Alignment.carry(now, then, translation);

    assertTrue(carried.get("title").changed());
    assertEquals(List.of(new Fragment.Text("Namma")), carried.get("title").aligned().content());
    assertEquals(List.of(new Fragment.Text("Okta")), carried.get("body:2").aligned().content());
    assertFalse(carried.get("body:2").changed());
    assertEquals(List.of(new Fragment.Text("Golbma")), carried.get("body:4").aligned().content());
    assertFalse(carried.containsKey("body:1"), "a new paragraph has no translation yet");
    assertTrue(carried.get("body:3").changed());
    assertEquals("To", carried.get("body:3").from().text().plainText());
    assertEquals(List.of(new Fragment.Text("Guokte")), carried.get("body:3").aligned().content());
  }

  @Test
  void segmentsThatDoNotCorrespondAreNotPaired() {
    TranslatableTexts source = texts(values("Tittel", "<p>En</p><p>To</p>"));
    TranslatableTexts translation = texts(values("Namma", "<p>Okta ja guokte</p>"));

    Map<String, Alignment.Carried> carried = Alignment.carry(source, source, translation);

    assertEquals(List.of("title"), List.copyOf(carried.keySet()));
  }
}
