package no.ordna.cms.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.ordna.cms.localization.domain.LocaleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageHeaderTest {

  private static final LocaleSettings SETTINGS = LocaleSettings.defaults();

  private static String best(String header) {
    return AcceptLanguageHeader.parse(header).bestLocale(SETTINGS);
  }

  @Test
  void theHighestWeightedConfiguredLocaleWins() {
    assertEquals("se", best("fr;q=0.9, se;q=0.8, en;q=0.5"));
    assertEquals("en", best("se;q=0.4, en"));
  }

  @Test
  void aRegionOrScriptNarrowsToTheConfiguredLanguage() {
    assertEquals("nb", best("nb-NO"));
    assertEquals("se", best("se-FI"));
    assertEquals("smj", best("smj-SE, nb;q=0.5"));
  }

  @Test
  void norwegianWithoutAVariantMeansBokmal() {
    assertEquals("nb", best("no"));
    assertEquals("nn", best("nn-NO, no;q=0.8"));
  }

  @Test
  void aWildcardOrNothingUsableGivesTheDefault() {
    assertEquals("nb", best("*"));
    assertEquals("nb", best("fr, de"));
    assertEquals("nb", best(null));
    assertEquals("nb", best(""));
  }

  @Test
  void aZeroWeightIsNeverChosen() {
    assertEquals("nb", best("se;q=0"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ";;;",
        ";",
        ",",
        "-",
        "--",
        ";q=",
        "se;q=abc",
        "se;q=2",
        "se;q=-1",
        "=;=,",
        "\u0000",
        "se-",
        "-se",
        "*;q=0.5;;",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z",
        "é",
        "   "
      })
  void aMalformedHeaderIsIgnoredNotAFailure(String header) {
    assertEquals("nb", best(header));
  }

  @Test
  void theUsablePartsOfAPartlyMalformedHeaderStillCount() {
    assertEquals("se", best(";;;, se;q=0.9"));
    assertEquals("en", best("en, -"));
  }

  @Test
  void anOverlongHeaderGivesTheDefault() {
    assertEquals("nb", best("se,".repeat(2000)));
  }
}
