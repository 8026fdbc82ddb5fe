package no.ordna.cms.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocaleAnalysisTest {

  private final LocaleAnalysis analysis = new LocaleAnalysis();

  private List<String> exact(String locale, String text) {
    return terms(locale, false, text);
  }

  private List<String> folded(String locale, String text) {
    return terms(locale, true, text);
  }

  private List<String> terms(String locale, boolean folded, String text) {
    return analysis.tokens(Family.of(locale), folded, text).stream()
        .map(LocaleAnalysis.Token::term)
        .toList();
  }

  @Test
  void bokmalFormsOfANounMeetInOneStem() {
    List<String> terms = exact("nb", "konferanse konferanser konferansen konferansene");
    assertEquals(4, terms.size());
    assertEquals(1, terms.stream().distinct().count(), terms.toString());
  }

  @Test
  void nynorskUsesItsOwnVariantOfTheStemmer() {
    List<String> terms = exact("nn", "konferanse konferansar konferansane");
    assertEquals(1, terms.stream().distinct().count(), terms.toString());
  }

  @Test
  void norwegianStopWordsAreLeftOut() {
    assertEquals(List.of("strategi", "kompetans"), exact("nb", "Strategi for og på kompetanse"));
  }

  @Test
  void norwegianLettersAreNeverFoldedIntoOthers() {
    for (boolean folded : new boolean[] {false, true}) {
      List<String> terms = terms("nb", folded, "Blåbær Ørland får");
      assertEquals(List.of("blåbær", "ørland", "får"), terms);
    }
    assertNotEquals(exact("nb", "får"), exact("nb", "far"));
    assertNotEquals(folded("nb", "får"), folded("nb", "far"));
  }

  @Test
  void norwegianFoldingTakesAccentsOfLoanWordsAndSamiNames() {
    assertEquals(folded("nb", "ide Samediggi"), folded("nb", "idé Sámediggi"));
    assertNotEquals(exact("nb", "ide"), exact("nb", "idé"));
  }

  @Test
  void samiWordsAreMatchedExactlyButCaseInsensitively() {
    assertEquals(List.of("čáppa", "sámi", "ŋálbmot"), exact("se", "ČÁPPA Sámi Ŋálbmot"));
    assertEquals(exact("smj", "sámi"), exact("smj", "SÁMI"));
    assertNotEquals(exact("sma", "sami"), exact("sma", "sámi"));
  }

  @Test
  void samiFoldingMeetsWhatAUserTypesWithoutDiacritics() {
    assertEquals(
        List.of("cappa", "sami", "nalbmot", "dat", "zz"),
        folded("se", "čáppa Sámi ŋálbmot đaŧ žž"));
    assertEquals(folded("se", "giellagaldu"), folded("se", "giellagáldu"));
  }

  @Test
  void samiFoldingKeepsAeOAndAringAndMeetsSwedishAUmlautWithAe() {
    assertEquals(List.of("åarjel", "æ", "ø"), folded("sma", "Åarjel æ ø"));
    assertEquals(folded("sma", "bæjjese"), folded("sma", "bäjjese"));
    assertEquals(folded("smj", "ø"), folded("smj", "ö"));
  }

  @Test
  void englishIsStemmedAndFoldedToAscii() {
    assertEquals(exact("en", "conference"), exact("en", "conferences"));
    assertEquals(List.of("tromso", "cafe"), folded("en", "Tromsø café"));
    assertEquals(List.of("tromsø"), exact("en-GB", "Tromsø"));
  }

  @Test
  void localesMapToFamiliesByLanguage() {
    assertEquals(Family.BOKMAL, Family.of("nb"));
    assertEquals(Family.BOKMAL, Family.of("no"));
    assertEquals(Family.NYNORSK, Family.of("nn"));
    assertEquals(Family.SAMI, Family.of("se"));
    assertEquals(Family.SAMI, Family.of("smj"));
    assertEquals(Family.SAMI, Family.of("sma"));
    assertEquals(Family.ENGLISH, Family.of("en-GB"));
    assertEquals(Family.OTHER, Family.of("de"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Om Sámi giella";
    LocaleAnalysis.Token token = analysis.tokens(Family.SAMI, true, text).get(1);
    assertEquals("sami", token.term());
    assertEquals("Sámi", text.substring(token.start(), token.end()));
  }
}
