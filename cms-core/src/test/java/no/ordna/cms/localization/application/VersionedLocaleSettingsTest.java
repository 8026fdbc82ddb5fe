package no.ordna.cms.localization.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.shared.ExpectedVersion;
import org.junit.jupiter.api.Test;

/** The locale settings' ETag: strong, the same for the same version, new for every change. */
class VersionedLocaleSettingsTest {

  private static LocaleSettings settings(List<String> smaChain) {
    return new LocaleSettings(
        List.of("nb", "se", "sma"), "nb", Map.of("se", List.of("nb"), "sma", smaChain));
  }

  @Test
  void theTagIsAStrongEntityTagThatStaysWhileNothingChanges() {
    String tag = new VersionedLocaleSettings(settings(List.of("nb")), 3).etag();
    assertTrue(ExpectedVersion.isStrongTag(tag), tag);
    assertTrue(tag.startsWith("\"l3-"), tag);
    assertEquals(tag, new VersionedLocaleSettings(settings(List.of("nb")), 3).etag());
  }

  @Test
  void aNewRevisionIsANewTagEvenWithTheSameSettings() {
    assertNotEquals(
        new VersionedLocaleSettings(settings(List.of("nb")), 3).etag(),
        new VersionedLocaleSettings(settings(List.of("nb")), 4).etag());
  }

  @Test
  void otherSettingsUnderTheSameRevisionAreANewTag() {
    // configuration changed by an operator between two starts: revision 0 both times
    assertNotEquals(
        new VersionedLocaleSettings(settings(List.of("nb")), 0).etag(),
        new VersionedLocaleSettings(settings(List.of("se", "nb")), 0).etag());
  }
}
