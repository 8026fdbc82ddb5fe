package no.ordna.cms.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import org.junit.jupiter.api.Test;

class SearchableTextTest {

  private static FieldDefinition field(String key, FieldType type, String options) {
    JsonObject json = Json.createReader(new StringReader(options)).readObject();
    return new FieldDefinition(key, type, true, false, Map.of(), true, null, json);
  }

  private static TypeDefinition type(String key, TypeKind kind, FieldDefinition... fields) {
    return new TypeDefinition(
        key, kind, Map.of("nb", key), Map.of(), null, false, null, null, List.of(fields));
  }

  private static final TypeDefinition QUOTE =
      type(
          "quote",
          TypeKind.BLOCK,
          field("text", FieldType.TEXT, "{}"),
          field("person", FieldType.TEXT, "{}"),
          field("portrait", FieldType.REFERENCE, "{}"));

  private static final TypeDefinition PARAGRAPH =
      type("paragraph", TypeKind.BLOCK, field("text", FieldType.RICH_TEXT, "{}"));

  private static final TypeDefinition ARTICLE =
      type(
          "article",
          TypeKind.CONTENT,
          field("title", FieldType.TEXT, "{}"),
          field("slug", FieldType.SLUG, "{}"),
          field("lead", FieldType.TEXT, "{}"),
          field("body", FieldType.RICH_TEXT, "{}"),
          field("formerNames", FieldType.LIST, "{\"itemType\": \"text\"}"),
          field("related", FieldType.LIST, "{\"itemType\": \"reference\"}"),
          field("tags", FieldType.TAGS, "{}"),
          field("year", FieldType.NUMBER, "{}"),
          field("content", FieldType.BLOCKS, "{}"));

  private final SearchableText text =
      new SearchableText(
          key ->
              switch (key) {
                case "quote" -> Optional.of(QUOTE);
                case "paragraph" -> Optional.of(PARAGRAPH);
                default -> Optional.empty();
              });

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void collectsTheWordsOfEveryTextualFieldInOrderButNotTheTitle() {
    JsonObject fields =
        json(
            """
            {"title": "Tittelen", "slug": "tittelen", "lead": "Ingressen.",
             "body": "<p>Brødtekst med <strong>lenke</strong>.</p><p>Andre avsnitt.</p>",
             "formerNames": ["Vox"], "related": ["0b7e…"], "tags": ["#kompetanse"],
             "year": 2017,
             "content": [
               {"type": "paragraph", "id": "p1", "fields": {"text": "<p>Avsnitt i blokk</p>"}},
               {"type": "quote", "id": "q1",
                "fields": {"text": "Sitatet", "person": "Kari Nordmann", "portrait": "x"}},
               {"type": "unknown", "id": "u1", "fields": {"text": "Borte"}}
             ],
             "removedField": "Gammelt"}
            """);

    String result = text.of(ARTICLE, fields);

    assertEquals(
        String.join(
            "\n",
            "Ingressen.",
            "Brødtekst med lenke. Andre avsnitt.",
            "Vox",
            "#kompetanse",
            "Avsnitt i blokk",
            "Sitatet",
            "Kari Nordmann"),
        result);
  }

  @Test
  void noFieldsGiveNoText() {
    assertEquals("", text.of(ARTICLE, null));
  }

  @Test
  void entriesKnowEveryPublishedLocaleOfTheirItem() {
    IndexEntries entries =
        new IndexEntries(
            key -> key.equals("article") ? Optional.of(ARTICLE) : Optional.empty(),
            key -> Optional.empty());
    String doc = "{\"fields\": {\"lead\": \"Tekst\"}}";

    List<IndexEntry> result =
        entries.of(
            List.of(
                new PublishedVariant("i", "article", "nb", "s", "Tittel", doc),
                new PublishedVariant("i", "article", "se", "s", "Namma", doc),
                new PublishedVariant("i", "gone", "en", "s", "Title", doc)));

    assertEquals(2, result.size(), "a variant of an unknown type is left out");
    assertTrue(
        result.stream().allMatch(e -> e.publishedLocales().equals(Set.of("nb", "se", "en"))));
    assertEquals("Tekst", result.get(0).text());
    assertFalse(result.get(1).title().isEmpty());
  }
}
