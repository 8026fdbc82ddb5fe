package no.ordna.cms.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Violation;
import org.junit.jupiter.api.Test;

class SearchRequestParserTest {

  private static SearchQuery parse(Map<String, List<String>> params, String acceptLanguage) {
    return SearchRequestParser.parse(
        params,
        acceptLanguage == null
            ? no.ordna.cms.localization.domain.LanguagePreferences.NONE
            : new no.ordna.cms.localization.domain.LanguagePreferences(
                java.util.Locale.LanguageRange.parse(acceptLanguage)),
        LocaleSettings.defaults(),
        type -> type.equals("article"));
  }

  private static List<String> badPaths(Map<String, List<String>> params) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(params, null));
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void defaultsToTheAcceptLanguageAndItsFallbackChain() {
    SearchQuery query = parse(Map.of("q", List.of("  sámi  ")), "se-NO, nb;q=0.5");

    assertEquals("sámi", query.text());
    assertEquals("se", query.requestedLocale());
    assertEquals(List.of("se", "nb"), query.chain());
    assertNull(query.typeKey());
    assertEquals(10, query.limit());
  }

  @Test
  void theLocaleParameterWinsOverTheHeaderAndNbIsTheDefault() {
    assertEquals(
        "en", parse(Map.of("q", List.of("x"), "locale", List.of("en")), "se").requestedLocale());
    assertEquals("nb", parse(Map.of("q", List.of("x")), null).requestedLocale());
  }

  @Test
  void readsTypeAndLimit() {
    SearchQuery query =
        parse(Map.of("q", List.of("x"), "type", List.of("article"), "limit", List.of("50")), null);

    assertEquals("article", query.typeKey());
    assertEquals(50, query.limit());
  }

  @Test
  void decomposedTextIsComposed() {
    assertEquals("Sámi", parse(Map.of("q", List.of("Sa\u0301mi")), null).text());
  }

  @Test
  void badParametersAreNamed() {
    assertEquals(List.of("q"), badPaths(Map.of()));
    assertEquals(List.of("q"), badPaths(Map.of("q", List.of("   "))));
    assertEquals(List.of("q"), badPaths(Map.of("q", List.of("x".repeat(201)))));
    assertEquals(List.of("locale"), badPaths(Map.of("q", List.of("x"), "locale", List.of("de"))));
    assertEquals(List.of("type"), badPaths(Map.of("q", List.of("x"), "type", List.of("nope"))));
    assertEquals(List.of("limit"), badPaths(Map.of("q", List.of("x"), "limit", List.of("0"))));
    assertEquals(List.of("limit"), badPaths(Map.of("q", List.of("x"), "limit", List.of("51"))));
    assertEquals(List.of("limit"), badPaths(Map.of("q", List.of("x"), "limit", List.of("ten"))));
    assertEquals(List.of("sort"), badPaths(Map.of("q", List.of("x"), "sort", List.of("title"))));
    assertEquals(List.of("q"), badPaths(Map.of("q", List.of("a", "b"))));
  }

  @Test
  void twoHundredCharactersAreAllowedCountingCodePoints() {
    assertEquals(200, parse(Map.of("q", List.of("á".repeat(200))), null).text().length());
    assertEquals(400, parse(Map.of("q", List.of("𝔸".repeat(200))), null).text().length());
  }
}
