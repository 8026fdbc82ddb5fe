package no.ordna.cms.api.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.localization.domain.LocaleSettings;
import org.junit.jupiter.api.Test;

class DeliveryKeysTest {

  private static final LocaleSettings SETTINGS = LocaleSettings.defaults();

  /** Parameters as decoded at the edge: name, value, name, value … */
  private static Map<String, List<String>> params(String... pairs) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      params.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
    }
    return params;
  }

  private static String key(Map<String, List<String>> params) {
    return DeliveryKeys.key("conference", null, params, LanguagePreferences.NONE, SETTINGS);
  }

  private static LanguagePreferences prefer(String header) {
    return new LanguagePreferences(Locale.LanguageRange.parse(header));
  }

  @Test
  void aValueHoldingASeparatorNeverSpellsAnotherQuery() {
    assertNotEquals(
        key(params("fields.series", "x", "limit", "1")), key(params("fields.series", "x&limit=1")));
    assertNotEquals(key(params("fields.a", "b", "c", "d")), key(params("fields.a", "b&c=d")));
    assertNotEquals(key(params("fields.a", "b")), key(params("fields.a=b", "")));
    assertNotEquals(key(params("locale", "se")), key(params("fields.a", "#se")));
  }

  @Test
  void theOrderOfParametersDoesNotMatter() {
    assertEquals(
        key(params("limit", "1", "locale", "se")), key(params("locale", "se", "limit", "1")));
  }

  @Test
  void theItemIsPartOfTheKey() {
    assertNotEquals(
        DeliveryKeys.key("article", "a", params(), LanguagePreferences.NONE, SETTINGS),
        DeliveryKeys.key("article", "b", params(), LanguagePreferences.NONE, SETTINGS));
    assertNotEquals(
        DeliveryKeys.key("article", null, params(), LanguagePreferences.NONE, SETTINGS),
        DeliveryKeys.key("article", "", params(), LanguagePreferences.NONE, SETTINGS));
  }

  @Test
  void withoutALocaleParameterThePreferredLocaleIsPartOfTheKey() {
    assertNotEquals(
        DeliveryKeys.key("article", null, params("limit", "1"), prefer("se"), SETTINGS),
        DeliveryKeys.key("article", null, params("limit", "1"), prefer("nb"), SETTINGS));
    assertEquals(
        DeliveryKeys.key("article", null, params("locale", "se"), prefer("nb"), SETTINGS),
        DeliveryKeys.key("article", null, params("locale", "se"), prefer("en"), SETTINGS));
  }
}
