package no.ordna.cms.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import no.ordna.cms.localization.domain.LocaleSettings;
import org.junit.jupiter.api.Test;

class DeliveryKeysTest {

  private static final String PATH = "/api/v1/content/conference";

  private static String key(String query) {
    return DeliveryKeys.key(PATH, query, null, LocaleSettings.defaults());
  }

  @Test
  void anEncodedSeparatorInAValueNeverSpellsAnotherQuery() {
    assertNotEquals(key("fields.series=x&limit=1"), key("fields.series=x%26limit%3D1"));
    assertNotEquals(key("fields.a=b&c=d"), key("fields.a=b%26c%3Dd"));
    assertNotEquals(key("fields.a=b"), key("fields.a%3Db="));
    assertNotEquals(key("locale=se"), key("fields.a=%23se"));
  }

  @Test
  void theOrderOfParametersAndTheirEncodingDoNotMatter() {
    assertEquals(key("limit=1&locale=se"), key("locale=se&limit=1"));
    assertEquals(key("fields.city=Troms%C3%B8"), key("fields.city=Tromsø"));
    assertEquals(key("fields.city=a+b"), key("fields.city=a%20b"));
  }

  @Test
  void withoutALocaleParameterTheAcceptLanguageChoiceIsPartOfTheKey() {
    LocaleSettings settings = LocaleSettings.defaults();
    assertNotEquals(
        DeliveryKeys.key(PATH, "limit=1", "se", settings),
        DeliveryKeys.key(PATH, "limit=1", "nb", settings));
    assertEquals(
        DeliveryKeys.key(PATH, "locale=se", "nb", settings),
        DeliveryKeys.key(PATH, "locale=se", "en", settings));
  }

  @Test
  void theQueryIsDecodedOnceWithRepeatedNamesKept() {
    assertEquals(
        Map.of("fields.a", List.of("x&y", "z")),
        DeliveryKeys.parseQuery("fields.a=x%26y&fields.a=z"));
  }
}
