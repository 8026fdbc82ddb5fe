package no.ordna.cms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How {@link DemoDataset} reads entries and handles {@code $ref}s, on small hand-made inputs. */
class DemoDatasetParsingTest {

  private static final JsonObject FIELDS =
      json(
          "{\"title\": \"T\", \"owner\": {\"$ref\": \"early\"},"
              + " \"related\": [{\"$ref\": \"late\"}, {\"$ref\": \"early\"}]}");

  @Test
  void resolveReplacesEveryRefWithTheIdOfItsEntry() {
    JsonValue resolved = DemoDataset.resolve(FIELDS, Map.of("early", "id-e", "late", "id-l")::get);
    assertEquals(
        json("{\"title\": \"T\", \"owner\": \"id-e\", \"related\": [\"id-l\", \"id-e\"]}"),
        resolved);
  }

  @Test
  void resolveRefusesARefToAnEntryWithoutId() {
    assertThrows(
        IllegalStateException.class, () -> DemoDataset.resolve(FIELDS, Map.of("early", "x")::get));
  }

  @Test
  void refsListsEveryNamedKeyOnceInOrder() {
    assertEquals(List.of("early", "late"), List.copyOf(DemoDataset.refs(FIELDS)));
  }

  @Test
  void fieldsNamingEntriesNotYetKnownAreLeftForTheSecondPass() {
    assertEquals(
        Set.of("title", "owner"), DemoDataset.withRefsOnlyTo(FIELDS, Set.of("early")).keySet());
    assertEquals(FIELDS, DemoDataset.withRefsOnlyTo(FIELDS, Set.of("early", "late")));
  }

  @Test
  void entriesTakeTheDatasetLocaleUnlessTheyNameTheirOwn() {
    DemoDataset dataset =
        DemoDataset.parse(
            json(
                "{\"name\": \"d\", \"locale\": \"nn\", \"entries\": ["
                    + "{\"key\": \"a\", \"type\": \"page\", \"fields\": {}},"
                    + "{\"key\": \"b\", \"type\": \"page\", \"locale\": \"en\", \"fields\": {},"
                    + " \"variants\": {\"se\": {\"title\": \"S\"}}}]}"));
    assertEquals("nn", dataset.entries().get(0).locale());
    assertEquals("en", dataset.entries().get(1).locale());
    assertEquals(Set.of("se"), dataset.entries().get(1).variants().keySet());
  }

  @Test
  void aKeyUsedTwiceIsRefused() {
    String entry = "{\"key\": \"a\", \"type\": \"page\", \"fields\": {}}";
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DemoDataset.parse(json(dataset(entry + "," + entry))));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }

  @Test
  void aMisspelledEntryMemberIsRefusedRatherThanIgnored() {
    String entry = "{\"key\": \"a\", \"type\": \"page\", \"fields\": {}, \"varaints\": {}}";
    assertThrows(IllegalStateException.class, () -> DemoDataset.parse(json(dataset(entry))));
  }

  private static String dataset(String entries) {
    return "{\"name\": \"d\", \"entries\": [" + entries + "]}";
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
