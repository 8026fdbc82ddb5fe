package no.ordna.cms.api.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.syndication.domain.FeedRequest;
import org.junit.jupiter.api.Test;

class FeedRequestsTest {

  private static final String API = "http://127.0.0.1:8080/api/v1/";

  private static FeedRequest parse(Map<String, List<String>> query, String acceptLanguage) {
    return FeedRequests.parse(
        "article",
        query,
        acceptLanguage == null
            ? no.ordna.cms.localization.domain.LanguagePreferences.NONE
            : new no.ordna.cms.localization.domain.LanguagePreferences(
                java.util.Locale.LanguageRange.parse(acceptLanguage)),
        LocaleSettings.defaults());
  }

  private static String paths(InvalidInputException e) {
    return String.join(",", e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void defaultsAreTheDefaultLocaleAnd20Entries() {
    FeedRequest request = parse(Map.of(), null);

    assertEquals(new LocaleCode("nb"), request.locale());
    assertEquals(20, request.limit());
    assertEquals(
        "http://127.0.0.1:8080/api/v1/content/article/feed.atom?locale=nb", request.selfHref(API));
  }

  @Test
  void theLocaleComesFromTheQueryElseFromAcceptLanguage() {
    assertEquals("se", parse(Map.of(), "se-NO, nb;q=0.5").locale().value());
    assertEquals("smj", parse(Map.of("locale", List.of("smj")), "se").locale().value());
  }

  @Test
  void aLimitFrom1To100IsTakenAndNamedInTheSelfLink() {
    FeedRequest request = parse(Map.of("limit", List.of("100")), null);

    assertEquals(100, request.limit());
    assertEquals(API + "content/article/feed.atom?locale=nb&limit=100", request.selfHref(API));
  }

  @Test
  void badParametersAre400sNamingThem() {
    for (String limit : List.of("0", "101", "abc", "-1", "", "1e2", "99999999999")) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> parse(Map.of("limit", List.of(limit)), null));
      assertEquals("limit", paths(e), limit);
    }
    assertEquals(
        "locale",
        paths(
            assertThrows(
                InvalidInputException.class, () -> parse(Map.of("locale", List.of("de")), null))));
    assertEquals(
        "sort",
        paths(
            assertThrows(
                InvalidInputException.class, () -> parse(Map.of("sort", List.of("title")), null))));
    assertEquals(
        "locale",
        paths(
            assertThrows(
                InvalidInputException.class,
                () -> parse(Map.of("locale", List.of("nb", "se")), null))));
  }

  @Test
  void readersAskingForTheSameLocaleShareACacheKey() {
    assertEquals(
        parse(Map.of("locale", List.of("se")), null).cacheKey(API),
        parse(Map.of(), "se").cacheKey(API));
  }

  @Test
  void theRequestIsTyped() {
    FeedRequest request = parse(Map.of("locale", List.of("se"), "limit", List.of("5")), null);

    assertEquals(new FeedRequest(new TypeKey("article"), new LocaleCode("se"), 5), request);
  }

  @Test
  void aTypeKeyThatCannotBeOneIsNotFoundAfterTheParametersAreChecked() {
    NotFoundException missing =
        assertThrows(
            NotFoundException.class,
            () -> FeedRequests.parse("Not_A_Key", Map.of(), LanguagePreferences.NONE, SETTINGS));
    assertEquals("unknown-content-type", missing.problemType());
    assertThrows(
        InvalidInputException.class,
        () ->
            FeedRequests.parse(
                "Not_A_Key", Map.of("x", List.of("1")), LanguagePreferences.NONE, SETTINGS));
  }

  private static final LocaleSettings SETTINGS = LocaleSettings.defaults();
}
