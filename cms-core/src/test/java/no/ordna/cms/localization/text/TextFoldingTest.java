package no.ordna.cms.localization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

  @Test
  void foldIgnoresCaseAndNorwegianLetters() {
    assertEquals("ornen", TextFolding.fold("Ørnen"));
    assertEquals("tromso", TextFolding.fold("Tromsø"));
    assertEquals("aerlig blabaer", TextFolding.fold("Ærlig BLÅBÆR"));
  }

  @Test
  void foldIgnoresSamiAccents() {
    assertEquals("sami", TextFolding.fold("Sámi"));
    assertEquals("nasunala strategiija", TextFolding.fold("NAŠUNÁLA strategiija"));
    assertEquals("acdnstzi", TextFolding.fold("ÁČĐŊŠŦŽÏ"));
  }

  @Test
  void foldedTitleAndQueryMeet() {
    assertEquals(TextFolding.fold("sami"), TextFolding.fold("Sámi"));
    assertEquals(TextFolding.fold("ornen"), TextFolding.fold("ØRNEN"));
  }

  @Test
  void foldCollapsesAndTrimsWhitespace() {
    assertEquals("ornen i tromso", TextFolding.fold("  Ørnen \t i\n\nTromsø  "));
  }

  @Test
  void foldOfNullIsNull() {
    assertNull(TextFolding.fold(null));
  }
}
