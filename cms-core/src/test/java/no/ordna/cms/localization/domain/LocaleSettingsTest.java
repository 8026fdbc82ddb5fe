package no.ordna.cms.localization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocaleSettingsTest {

  @Test
  void defaultsListTheProductLocalesWithBokmalAsDefault() {
    LocaleSettings settings = LocaleSettings.defaults();

    assertEquals(List.of("nb", "nn", "en", "se", "smj", "sma"), settings.locales());
    assertEquals("nb", settings.defaultLocale());
  }

  @Test
  void defaultsLetEveryOtherLocaleFallBackToBokmal() {
    LocaleSettings settings = LocaleSettings.defaults();

    assertEquals(List.of(), settings.fallbackChain("nb"));
    for (String locale : List.of("nn", "en", "se", "smj", "sma")) {
      assertEquals(List.of("nb"), settings.fallbackChain(locale), locale);
      assertEquals(List.of(locale, "nb"), settings.resolutionOrder(locale), locale);
    }
    assertEquals(List.of("nb"), settings.resolutionOrder("nb"));
  }

  @Test
  void isConfiguredKnowsOnlyTheListedLocales() {
    LocaleSettings settings = LocaleSettings.defaults();

    assertTrue(settings.isConfigured("smj"));
    assertFalse(settings.isConfigured("de"));
    assertFalse(settings.isConfigured("NB"));
  }

  @Test
  void resolutionOrderFollowsEachFallbacksOwnChainDepthFirstOnce() {
    LocaleSettings settings =
        new LocaleSettings(
            List.of("nb", "nn", "se", "smj", "sma"),
            "nb",
            Map.of("smj", List.of("se", "sma"), "se", List.of("nb"), "sma", List.of("nn")));

    assertEquals(List.of("smj", "se", "nb", "sma", "nn"), settings.resolutionOrder("smj"));
    assertEquals(List.of("sma", "nn", "nb"), settings.resolutionOrder("sma"));
  }

  @Test
  void firstAvailableTakesTheFirstLocaleInResolutionOrderThatHasContent() {
    LocaleSettings settings =
        new LocaleSettings(List.of("nb", "se", "smj"), "nb", Map.of("smj", List.of("se", "nb")));

    assertEquals(Optional.of("se"), settings.firstAvailable("smj", Set.of("nb", "se")));
    assertEquals(Optional.of("nb"), settings.firstAvailable("smj", Set.of("nb")));
    assertEquals(Optional.empty(), settings.firstAvailable("smj", Set.of("en")));
  }

  @Test
  void unknownLocaleInAFallbackChainIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LocaleSettings(List.of("nb", "se"), "nb", Map.of("se", List.of("fi"))));
    assertEquals("fallback of se names an unknown locale: fi", e.getMessage());
  }

  @Test
  void fallbackChainNamingItsOwnLocaleIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LocaleSettings(List.of("nb", "se"), "nb", Map.of("se", List.of("se"))));
    assertEquals("fallback of se names itself", e.getMessage());
  }

  @Test
  void fallbackChainsFormingATwoLocaleCycleAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new LocaleSettings(
                    List.of("nb", "se", "smj"),
                    "nb",
                    Map.of("se", List.of("smj"), "smj", List.of("se"))));
    assertEquals("fallback chains form a cycle: [se, smj] -> se", e.getMessage());
  }

  @Test
  void fallbackChainsFormingALongerCycleAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LocaleSettings(
                List.of("nb", "se", "smj", "sma"),
                "nb",
                Map.of("se", List.of("smj"), "smj", List.of("sma"), "sma", List.of("nb", "se"))));
  }

  @Test
  void sharedFallbackWithoutCycleIsAccepted() {
    LocaleSettings settings =
        new LocaleSettings(
            List.of("nb", "nn", "se"),
            "nb",
            Map.of("se", List.of("nn", "nb"), "nn", List.of("nb")));

    assertEquals(List.of("se", "nn", "nb"), settings.resolutionOrder("se"));
  }

  @Test
  void localeListedTwiceIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LocaleSettings(List.of("nb", "se", "nb"), "nb", Map.of()));
    assertEquals("locale listed twice: nb", e.getMessage());
  }

  @Test
  void defaultLocaleMustBeConfigured() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LocaleSettings(List.of("nb", "se"), "en", Map.of()));
    assertEquals("the default locale is not configured: en", e.getMessage());
  }

  @Test
  void noLocalesAtAllIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new LocaleSettings(List.of(), "nb", Map.of()));
  }

  @Test
  void malformedLocaleTagIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LocaleSettings(List.of("nb", "Norsk"), "nb", Map.of()));
  }
}
