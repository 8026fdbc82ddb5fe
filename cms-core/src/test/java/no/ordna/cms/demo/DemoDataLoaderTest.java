package no.ordna.cms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.content.domain.ContentItem;
import org.junit.jupiter.api.Test;

/**
 * The loader's decisions and its two passes, with in-memory stand-ins for the content service,
 * settings and locales (no container, no database).
 */
class DemoDataLoaderTest {

  private final DemoFakes.Content contents = new DemoFakes.Content();
  private final DemoFakes.Settings settings = new DemoFakes.Settings();
  private final DemoFakes.Assets assets = new DemoFakes.Assets();
  private final DemoFakes.Publishing publishing = new DemoFakes.Publishing();

  @Test
  void loadsNothingUnlessEnabled() {
    loader(false, "nb,se").loadOnce();
    assertTrue(contents.items.isEmpty());
    assertTrue(settings.values.isEmpty());
  }

  @Test
  void loadsEveryEntryOnceAndRecordsTheMarker() {
    loader(true, "nb,nn,en,se,smj,sma").loadOnce();
    assertEquals(DemoDataset.read().entries().size(), contents.items.size());
    assertEquals("kompetansestrategi: 40 items", settings.values.get(DemoDataLoader.MARKER));
  }

  @Test
  void publishesEveryVariantItLoadedIncludingTheSamiOne() {
    loader(true, "nb,se").loadOnce();
    assertEquals(41, publishing.published.size(), "40 items in nb, conference 5 also in se");
    ContentItem five = item("Samisk perspektiv i nasjonal kompetansepolitisk strategi");
    assertTrue(publishing.published.contains(five.id() + "/se by demo-data"));
  }

  @Test
  void neverLoadsTwice() {
    DemoDataLoader loader = loader(true, "nb,se");
    loader.loadOnce();
    contents.items.clear();
    loader.loadOnce();
    assertTrue(contents.items.isEmpty());
  }

  @Test
  void leavesADatabaseThatHoldsContentUntouched() {
    contents.items.put("existing", new ContentItem("page", "nb", "editor", Instant.EPOCH));
    loader(true, "nb,se").loadOnce();
    assertEquals(1, contents.items.size());
    assertFalse(settings.values.containsKey(DemoDataLoader.MARKER));
  }

  @Test
  void savesOnlyResolvedIdsOfExistingItemsAndAddsForwardReferencesInASecondPass() {
    loader(true, "nb,se").loadOnce();
    for (DemoFakes.Save save : contents.saves) {
      assertFalse(save.fields().toString().contains("$ref"), save.toString());
      for (String id : strings(save.fields())) {
        boolean looksLikeId = id.matches("[0-9a-f]{8}-[0-9a-f]{4}-.*");
        assertTrue(
            !looksLikeId || contents.items.containsKey(id) || assets.ids.contains(id),
            "dangling id in " + save);
      }
    }
    ContentItem first = item("Mot en nasjonal strategi for kompetansepolitikk");
    List<DemoFakes.Save> firstSaves = contents.savesOf(first.id());
    assertFalse(firstSaves.get(0).fields().containsKey("followUp"));
    assertTrue(firstSaves.get(1).fields().containsKey("followUp"));
  }

  @Test
  void addsTheSamiVariantOfConferenceFiveAfterTheOriginal() {
    loader(true, "nb,se").loadOnce();
    ContentItem five = item("Samisk perspektiv i nasjonal kompetansepolitisk strategi");
    List<DemoFakes.Save> saves = contents.savesOf(five.id());
    assertEquals(List.of("nb", "se"), saves.stream().map(DemoFakes.Save::locale).toList());
    assertEquals(
        "Sámi perspektiiva našunála gealbopolitikihkkálaš strategiijas",
        saves.get(1).fields().getString("title"));
  }

  @Test
  void skipsVariantsInLocalesThatAreNotConfigured() {
    loader(true, "nb,en").loadOnce();
    assertTrue(contents.saves.stream().noneMatch(s -> s.locale().equals("se")));
    assertEquals(40, contents.items.size());
  }

  @Test
  void uploadsEverySampleFileFirstAndRefersToThemById() {
    loader(true, "nb").loadOnce();
    assertEquals(DemoDataset.read().assets().size(), assets.ids.size());
    assertTrue(assets.types.contains("application/pdf"), assets.types.toString());
    assertTrue(assets.types.contains("image/png"), assets.types.toString());
    assertTrue(assets.types.contains("image/jpeg"), assets.types.toString());
    assertTrue(contents.saves.stream().noneMatch(s -> s.fields().toString().contains("$asset")));
  }

  @Test
  void failsNamingTheEntryWhenTheServiceRefusesIt() {
    contents.refuseType = "video";
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> loader(true, "nb").loadOnce());
    assertTrue(e.getMessage().contains("video:akademikerne"), e.getMessage());
    assertFalse(settings.values.containsKey(DemoDataLoader.MARKER));
  }

  private DemoDataLoader loader(boolean enabled, String locales) {
    DemoDataLoader loader = new DemoDataLoader();
    loader.contents = contents;
    loader.assets = assets;
    loader.settings = settings;
    loader.publishing = publishing;
    loader.locales = new DemoFakes.Locales(List.of(locales.split(",")));
    loader.enabled = enabled;
    return loader;
  }

  private ContentItem item(String title) {
    return contents.items.values().stream()
        .filter(i -> title.equals(i.variant(i.originalLocale()).orElseThrow().title()))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> strings(JsonValue value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonString text) {
      out.add(text.getString());
    } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      value.asJsonObject().values().forEach(v -> out.addAll(strings(v)));
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> out.addAll(strings(v)));
    }
    return out;
  }
}
