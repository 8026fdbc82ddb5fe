package no.ordna.cms.localization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void slugFoldsSamiLettersToReadableAscii() {
    assertEquals(
        "sami-perspektiiva-nasunala-gealbopolitikihkkalas-strategiijas",
        Slugs.fromTitle("Sámi perspektiiva našunála gealbopolitikihkkálaš strategiijas"));
  }

  @Test
  void slugFoldsEachSamiLetterInBothCases() {
    assertEquals("acdnstzi-acdnstzi", Slugs.fromTitle("áčđŋšŧžï ÁČĐŊŠŦŽÏ"));
  }

  @Test
  void slugFoldsNorwegianLettersToReadableAscii() {
    assertEquals(
        "blabaersyltetoy-og-aerlige-oyne-pa-alesund",
        Slugs.fromTitle("Blåbærsyltetøy og ærlige øyne på Ålesund"));
  }

  @Test
  void slugCollapsesPunctuationEmojiAndQuotesToSingleHyphens() {
    assertEquals(
        "hei-sa-hun-ok-aerlig-talt",
        Slugs.fromTitle("\"Hei!\" — sa hun 🎉🎉 … ok? «Ærlig» ‘talt’"));
  }

  @Test
  void slugHasNoLeadingOrTrailingHyphens() {
    assertEquals("strategi-2024", Slugs.fromTitle("  --- «Strategi 2024» !!! ---  "));
  }

  @Test
  void slugOfTextWithoutLettersOrDigitsIsEmpty() {
    assertEquals("", Slugs.fromTitle("🎉 !!! — «»"));
    assertEquals("", Slugs.fromTitle(""));
    assertEquals("", Slugs.fromTitle(null));
  }

  @Test
  void longSlugIsCutAtTheLastWordBoundaryBeforeTheMaximum() {
    // 12-letter words: six of them and their hyphens take 77 characters, a seventh would end at 90.
    String title = String.join(" ", Collections.nCopies(10, "strategiijas"));

    String slug = Slugs.fromTitle(title);

    assertEquals(String.join("-", Collections.nCopies(6, "strategiijas")), slug);
    assertEquals(77, slug.length());
  }

  @Test
  void longSlugKeepsEveryWholeWordThatEndsExactlyAtTheMaximum() {
    // Nine 8-letter words and their hyphens take exactly 80 characters.
    String title = String.join(" ", Collections.nCopies(10, "gealbbut"));

    String slug = Slugs.fromTitle(title);

    assertEquals(String.join("-", Collections.nCopies(9, "gealbbut")), slug);
    assertEquals(Slugs.MAX_LENGTH, slug.length());
  }

  @Test
  void longSlugWithoutWordBoundaryInItsSecondHalfIsCutAtTheMaximum() {
    String slug = Slugs.fromTitle("Ab " + "c".repeat(100));

    assertEquals("ab-" + "c".repeat(77), slug);
  }

  @Test
  void isValidAcceptsLowerCaseAsciiWordsJoinedBySingleHyphens() {
    assertTrue(Slugs.isValid("sami-strategi-2024"));
    assertTrue(Slugs.isValid("a"));
    assertTrue(Slugs.isValid("a".repeat(200)));
  }

  @Test
  void isValidRejectsNonCanonicalSlugs() {
    assertFalse(Slugs.isValid(null));
    assertFalse(Slugs.isValid(""));
    assertFalse(Slugs.isValid("Sami"));
    assertFalse(Slugs.isValid("sámi"));
    assertFalse(Slugs.isValid("blåbær"));
    assertFalse(Slugs.isValid("-sami"));
    assertFalse(Slugs.isValid("sami-"));
    assertFalse(Slugs.isValid("sami--strategi"));
    assertFalse(Slugs.isValid("sami strategi"));
    assertFalse(Slugs.isValid("sami_strategi"));
    assertFalse(Slugs.isValid("a".repeat(201)));
  }

  @Test
  void withSuffixAppendsTheNumberAfterAHyphen() {
    assertEquals("strategi-2", Slugs.withSuffix("strategi", 2));
    assertEquals("strategi-2024-13", Slugs.withSuffix("strategi-2024", 13));
  }

  @Test
  void withSuffixShortensALongSlugToStayWithinTwoHundredCharacters() {
    String slug = "a".repeat(200);

    String result = Slugs.withSuffix(slug, 12);

    assertEquals("a".repeat(197) + "-12", result);
    assertTrue(Slugs.isValid(result));
  }

  @Test
  void withSuffixNeverLeavesADoubleHyphenWhereTheSlugWasShortened() {
    // The cut for "-2" lands right after the hyphen at index 197.
    String slug = "a".repeat(197) + "-bb";

    String result = Slugs.withSuffix(slug, 2);

    assertEquals("a".repeat(197) + "-2", result);
    assertTrue(Slugs.isValid(result));
  }
}
