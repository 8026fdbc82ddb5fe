package no.ordna.cms.syndication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlPatternTest {

  private static final String BASE = "https://www.example.no";
  private static final String ID = "3f2c1a9e-0000-4000-8000-000000000001";

  private static UrlPattern pattern(String text) {
    return UrlPattern.parse(text).orElseThrow();
  }

  @Test
  void aPathPatternIsResolvedAgainstTheBaseUrl() {
    assertEquals(
        "https://www.example.no/se/aktuelt/sami-giella",
        pattern("/{locale}/aktuelt/{slug}").expand(BASE, "article", ID, "se", "sami-giella"));
  }

  @Test
  void aTrailingSlashOfTheBaseUrlIsNotDoubled() {
    assertEquals(
        "https://www.example.no/nb/x",
        pattern("/{locale}/{slug}").expand(BASE + "/", "page", ID, "nb", "x"));
  }

  @Test
  void everyPlaceholderIsFilledIn() {
    assertEquals(
        BASE + "/article/nb/" + ID + "/tittel",
        pattern("/{type}/{locale}/{id}/{slug}").expand(BASE, "article", ID, "nb", "tittel"));
  }

  @Test
  void aMissingSlugFallsBackToTheItemId() {
    assertEquals(
        BASE + "/nb/aktuelt/" + ID,
        pattern("/{locale}/aktuelt/{slug}").expand(BASE, "article", ID, "nb", null));
  }

  @Test
  void anAbsolutePatternIgnoresTheBaseUrl() {
    assertEquals(
        "https://sami.example.no/se/x?id=" + ID,
        pattern("https://sami.example.no/{locale}/{slug}?id={id}")
            .expand(BASE, "page", ID, "se", "x"));
  }

  @Test
  void valuesArePercentEncodedSoTheyCannotBreakTheUrl() {
    assertEquals(
        BASE + "/nb/a%2Fb%3Fc%26d%20%C3%A1",
        pattern("/{locale}/{slug}").expand(BASE, "page", ID, "nb", "a/b?c&d á"));
  }

  @Test
  void charactersAUriCannotHoldInThePatternAreEncodedAsUtf8() {
    assertEquals(
        BASE + "/nb/nyheter%20og%20%C3%A6rend/x",
        pattern("/{locale}/nyheter og ærend/{slug}").expand(BASE, "page", ID, "nb", "x"));
  }

  @Test
  void unknownPlaceholdersStrayBracesAndRelativePatternsAreNoPattern() {
    assertTrue(UrlPattern.parse("/{locale}/{title}").isEmpty());
    assertTrue(UrlPattern.parse("/{locale}/{slug").isEmpty());
    assertTrue(UrlPattern.parse("/{locale}/slug}").isEmpty());
    assertTrue(UrlPattern.parse("aktuelt/{slug}").isEmpty());
    assertTrue(UrlPattern.parse("ftp://x/{slug}").isEmpty());
    assertTrue(UrlPattern.parse(null).isEmpty());
  }

  @Test
  void aPreviewUrlTakesThePreviewTokenButAUrlPatternDoesNot() {
    UrlPattern preview =
        UrlPattern.parsePreview("/api/preview?type={type}&id={id}&locale={locale}&token={token}")
            .orElseThrow();

    assertEquals(
        BASE + "/api/preview?type=article&id=" + ID + "&locale=se&token=a-b_c%2Bd",
        preview.expand(BASE, "article", ID, "se", null, "a-b_c+d"));
    assertTrue(UrlPattern.parse("/{locale}/{slug}?token={token}").isEmpty());
    assertTrue(UrlPattern.parsePreview("/{locale}/{secret}").isEmpty());
  }

  @Test
  void theSectionIsThePatternUpToTheFirstItemPlaceholder() {
    assertEquals(
        BASE + "/nb/aktuelt", pattern("/{locale}/aktuelt/{slug}").section(BASE, "article", "nb"));
    assertEquals(BASE + "/se", pattern("/{locale}/{slug}").section(BASE, "page", "se"));
    assertEquals(BASE + "/", pattern("/{slug}").section(BASE, "page", "nb"));
    assertEquals(BASE + "/nb/om", pattern("/{locale}/om").section(BASE, "page", "nb"));
    assertEquals("https://x.no/", pattern("https://x.no/{id}").section(BASE, "page", "nb"));
    assertEquals(
        "https://x.no/nn/n", pattern("https://x.no/{locale}/n/{id}").section(BASE, "p", "nn"));
  }
}
