package no.ordna.cms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.ReferenceCheck;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.demo.DemoDataset.Entry;
import no.ordna.cms.localization.text.Slugs;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo dataset, checked without a container the way the content service will check it
 * on load: against the built-in types ({@link BuiltInTypeCheck}), plus the counts and the Sámi
 * title the demo promises, reference targets, slugs and Unicode normalisation.
 */
class DemoDatasetTest {

  private static final String SAMI_TITLE =
      "Sámi perspektiiva našunála gealbopolitikihkkálaš strategiijas";

  private static final DemoDataset DATASET = DemoDataset.read();
  private static final Map<String, TypeDefinition> CONTENT_TYPES = BuiltInTypeCheck.CONTENT_TYPES;
  private static final Map<String, String> KEY_BY_ID =
      DATASET.entries().stream()
          .collect(Collectors.toMap(e -> BuiltInTypeCheck.idOf(e.key()), Entry::key));

  @Test
  void everyEntryHasABuiltInContentType() {
    for (Entry entry : DATASET.entries()) {
      assertTrue(CONTENT_TYPES.containsKey(entry.type()), entry.key() + ": " + entry.type());
    }
  }

  @Test
  void everyEntryValidatesAgainstItsBuiltInTypeWithItsRequiredFields() {
    for (Entry entry : DATASET.entries()) {
      TypeDefinition type = CONTENT_TYPES.get(entry.type());
      Violations violations =
          BuiltInTypeCheck.validate(type, entry.fields(), type.fields(), entry.key());
      assertTrue(violations.isEmpty(), entry.key() + ": " + violations.list());
    }
  }

  @Test
  void requiredFieldsAreInTheFirstSaveBeforeFieldsNamingLaterEntriesAreAdded() {
    Set<String> earlier = new HashSet<>();
    for (Entry entry : DATASET.entries()) {
      TypeDefinition type = CONTENT_TYPES.get(entry.type());
      JsonObject firstSave = DemoDataset.withRefsOnlyTo(entry.fields(), earlier);
      Violations violations =
          BuiltInTypeCheck.validate(type, firstSave, type.fields(), entry.key());
      assertTrue(violations.isEmpty(), entry.key() + ": " + violations.list());
      earlier.add(entry.key());
    }
  }

  @Test
  void variantsHoldOnlyLocalizedFieldsAndValidateWithTheirRequiredOnes() {
    for (Entry entry : DATASET.entries()) {
      TypeDefinition type = CONTENT_TYPES.get(entry.type());
      List<FieldDefinition> localized =
          type.fields().stream().filter(FieldDefinition::localized).toList();
      for (var variant : entry.variants().entrySet()) {
        String path = entry.key() + "/" + variant.getKey();
        for (String key : variant.getValue().keySet()) {
          assertTrue(type.field(key).map(FieldDefinition::localized).orElse(false), path + key);
        }
        Violations violations =
            BuiltInTypeCheck.validate(type, variant.getValue(), localized, path);
        assertTrue(violations.isEmpty(), path + ": " + violations.list());
      }
    }
  }

  @Test
  void everyRefNamesAnEntryDefinedInTheFile() {
    Set<String> keys = DATASET.entries().stream().map(Entry::key).collect(Collectors.toSet());
    for (Entry entry : DATASET.entries()) {
      Set<String> refs = new HashSet<>(DemoDataset.refs(entry.fields()));
      entry.variants().values().forEach(v -> refs.addAll(DemoDataset.refs(v)));
      refs.removeAll(keys);
      assertTrue(refs.isEmpty(), entry.key() + " names unknown entries " + refs);
    }
  }

  @Test
  void everyRefNamesAnEntryOfATypeTheFieldAllows() {
    Map<String, String> typeByKey =
        DATASET.entries().stream().collect(Collectors.toMap(Entry::key, Entry::type));
    for (Entry entry : DATASET.entries()) {
      TypeDefinition type = CONTENT_TYPES.get(entry.type());
      for (ReferenceCheck reference :
          BuiltInTypeCheck.references(type, entry.fields(), entry.key())) {
        String target = typeByKey.get(KEY_BY_ID.get(reference.itemId()));
        boolean allowed =
            reference.allowedTypes().isEmpty() || reference.allowedTypes().contains(target);
        assertTrue(allowed, reference.path() + " names a " + target + " item");
      }
    }
  }

  @Test
  void thereAreExactlyNineConferencesNumberedOneToNine() {
    List<Entry> conferences = ofType("conference");
    assertEquals(9, conferences.size());
    Set<Integer> numbers =
        conferences.stream()
            .map(c -> c.fields().getInt("number"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(IntStream.rangeClosed(1, 9).boxed().toList(), List.copyOf(numbers));
  }

  @Test
  void thereAreThreeNewsArticlesSevenVideosAndOnePage() {
    assertEquals(3, ofType("article").size());
    assertEquals(7, ofType("video").size());
    assertEquals(1, ofType("page").size());
  }

  @Test
  void conferenceFiveHasANorthernSamiVariantWithTheExactSamiTitle() {
    Entry five =
        ofType("conference").stream()
            .filter(c -> c.fields().getInt("number") == 5)
            .findFirst()
            .orElseThrow();
    JsonObject se = five.variants().get("se");
    assertNotNull(se, "conference 5 has no se variant");
    assertEquals(SAMI_TITLE, se.getString("title"));
    assertEquals(
        "Samisk perspektiv i nasjonal kompetansepolitisk strategi",
        five.fields().getString("title"));
  }

  @Test
  void allTextInTheFileIsInNfc() throws Exception {
    try (InputStream in = DemoDataset.class.getResourceAsStream(DemoDataset.RESOURCE)) {
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(Normalizer.isNormalized(raw, Normalizer.Form.NFC), "the file is not NFC");
      try (JsonReader reader = Json.createReader(new StringReader(raw))) {
        JsonValue parsed = reader.readValue();
        assertTrue(JsonDocuments.nfc(parsed).equals(parsed), "a \\u-escaped string is not NFC");
      }
    }
  }

  @Test
  void slugsAreDistinctPerTypeAndLocaleSoNoneGetsASuffix() {
    Set<String> seen = new HashSet<>();
    for (Entry entry : DATASET.entries()) {
      TypeDefinition type = CONTENT_TYPES.get(entry.type());
      assertTrue(seen.add(entry.type() + "/" + entry.locale() + "/" + slug(type, entry.fields())));
      entry
          .variants()
          .forEach(
              (locale, fields) ->
                  assertTrue(seen.add(entry.type() + "/" + locale + "/" + slug(type, fields))));
    }
  }

  private static String slug(TypeDefinition type, JsonObject fields) {
    if (fields.containsKey("slug")) {
      return fields.getString("slug");
    }
    String from =
        type.slugField()
            .flatMap(s -> s.stringOption("from"))
            .orElse(type.titleDefinition().orElseThrow().key());
    return Slugs.fromTitle(fields.getString(from));
  }

  private static List<Entry> ofType(String type) {
    return DATASET.entries().stream().filter(e -> e.type().equals(type)).toList();
  }
}
