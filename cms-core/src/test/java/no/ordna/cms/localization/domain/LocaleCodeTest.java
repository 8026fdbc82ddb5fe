package no.ordna.cms.localization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocaleCodeTest {

  @Test
  void parseLowerCasesTheLanguage() {
    assertEquals(Optional.of(new LocaleCode("nb")), LocaleCode.parse("NB"));
    assertEquals(Optional.of(new LocaleCode("smj")), LocaleCode.parse(" Smj "));
  }

  @Test
  void parseAcceptsUnderscoreAndUpperCasesTheRegion() {
    assertEquals(Optional.of(new LocaleCode("en-GB")), LocaleCode.parse("en_gb"));
    assertEquals(Optional.of(new LocaleCode("en-GB")), LocaleCode.parse("EN-gb"));
  }

  @Test
  void parseTitleCasesAScript() {
    assertEquals(Optional.of(new LocaleCode("se-Latn")), LocaleCode.parse("se_LATN"));
  }

  @Test
  void parseRejectsJunk() {
    assertEquals(Optional.empty(), LocaleCode.parse(null));
    assertEquals(Optional.empty(), LocaleCode.parse(""));
    assertEquals(Optional.empty(), LocaleCode.parse("norsk"));
    assertEquals(Optional.empty(), LocaleCode.parse("n"));
    assertEquals(Optional.empty(), LocaleCode.parse("nb-NO-x"));
    assertEquals(Optional.empty(), LocaleCode.parse("nb-1"));
    assertEquals(Optional.empty(), LocaleCode.parse("sámi"));
    assertEquals(Optional.empty(), LocaleCode.parse("nb no"));
  }

  @Test
  void parseOfATagEndingInASeparatorIsEmpty() {
    assertEquals(Optional.empty(), LocaleCode.parse("nb-"));
    assertEquals(Optional.empty(), LocaleCode.parse("nb_"));
  }

  @Test
  void constructorAcceptsOnlyTheCanonicalForm() {
    assertEquals("en-GB", new LocaleCode("en-GB").value());
    assertEquals("nb", new LocaleCode("nb").toString());
    assertThrows(IllegalArgumentException.class, () -> new LocaleCode("NB"));
    assertThrows(IllegalArgumentException.class, () -> new LocaleCode("en_GB"));
    assertThrows(IllegalArgumentException.class, () -> new LocaleCode(null));
  }

  @Test
  void exactlyTakesOnlyTheCanonicalFormAndDoesNotRepair() {
    assertEquals(Optional.of(new LocaleCode("smj")), LocaleCode.exactly("smj"));
    assertEquals(Optional.of(new LocaleCode("en-GB")), LocaleCode.exactly("en-GB"));
    assertEquals(Optional.empty(), LocaleCode.exactly("NB"));
    assertEquals(Optional.empty(), LocaleCode.exactly("nb_NO"));
    assertEquals(Optional.empty(), LocaleCode.exactly("n b"));
    assertEquals(Optional.empty(), LocaleCode.exactly(null));
  }
}
