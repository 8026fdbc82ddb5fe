package no.ordna.cms.translation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class TranslatableTextsTest {

  static final TypeDefinition QUOTE =
      type(
          """
          {"key": "quote", "name": {"nb": "Sitat"}, "fields": [
            {"key": "text", "type": "text", "multiline": true, "maxLength": 2000},
            {"key": "person", "type": "text", "maxLength": 200, "translate": false},
            {"key": "kind", "type": "text", "allowedValues": ["short", "long"]}]}
          """,
          TypeKind.BLOCK);

  static final TypeDefinition EVENT =
      type(
          """
          {"key": "event", "name": {"nb": "Arrangement"}, "fields": [
            {"key": "title", "type": "text", "maxLength": 120},
            {"key": "venue", "type": "text", "localized": false},
            {"key": "body", "type": "richText"},
            {"key": "content", "type": "blocks", "allowedBlocks": ["quote"]}]}
          """,
          TypeKind.CONTENT);

  static final JsonObject VALUES =
      JsonDocuments.parseObject(
          """
          {"title": "Møte", "body": "<p>Første <strong>ledd</strong></p><ul><li>Punkt</li></ul>",
           "content": [
             {"type": "quote", "id": "q1",
              "fields": {"text": "Vi må jobbe sammen.", "person": "Bjørn", "kind": "short"}},
             {"type": "quote", "id": "q2", "fields": {"text": "  "}}]}
          """);

  static TypeDefinition type(String json, TypeKind kind) {
    Violations violations = new Violations();
    TypeDefinition definition =
        TypeDefinitionParser.parse(JsonDocuments.parseObject(json), kind, violations);
    assertTrue(violations.isEmpty(), violations.list().toString());
    return definition;
  }

  static TranslatableTexts texts(JsonObject values) {
    return TranslatableTexts.of(
        EVENT, values, key -> key.equals("quote") ? Optional.of(QUOTE) : Optional.empty());
  }

  @Test
  void textFieldsRichTextSegmentsAndBlockTextsAreUnitsInFieldOrder() {
    TranslatableTexts texts = texts(VALUES);

    assertEquals(
        List.of(
            "title", "body:1", "body:2", "content.q1.text", "content.q1.person", "content.q1.kind"),
        texts.units().stream().map(TextUnit::id).toList());
    TextUnit item = texts.unit("body:2").orElseThrow();
    assertEquals("list item", item.context());
    assertEquals("Punkt", item.text().plainText());
    assertEquals("quote", texts.unit("content.q1.text").orElseThrow().blockType());
  }

  @Test
  void namesAndFixedValuesAreNotToBeTranslatedAndPlainTextCarriesItsLimit() {
    TranslatableTexts texts = texts(VALUES);

    assertFalse(texts.unit("content.q1.person").orElseThrow().translate());
    assertFalse(texts.unit("content.q1.kind").orElseThrow().translate());
    assertTrue(texts.unit("content.q1.text").orElseThrow().translate());
    assertEquals(120, texts.unit("title").orElseThrow().maxLength());
    assertNull(texts.unit("body:1").orElseThrow().maxLength());
  }

  @Test
  void aNewTranslationTakesTheSourcesBlocksAndTextsAreSetInPlace() {
    TargetValues target =
        new TargetValues(JsonDocuments.parseObject("{}"), VALUES, List.of("content"));

    target.set(TextPlace.field("title"), "Čoahkkin");
    target.set(new TextPlace("content", "q1", "text"), "Mii fertet bargat ovttas.");

    JsonObject values = target.values();
    assertEquals("Čoahkkin", values.getString("title"));
    JsonObject quote = values.getJsonArray("content").getJsonObject(0).getJsonObject("fields");
    assertEquals("Mii fertet bargat ovttas.", quote.getString("text"));
    assertEquals("Bjørn", quote.getString("person"));
    assertEquals(2, values.getJsonArray("content").size());
  }

  @Test
  void aBlockTheTranslationLacksIsTakenFromTheSourceAfterItsPredecessor() {
    JsonObject source =
        JsonDocuments.parseObject(
            """
            {"content": [{"type": "quote", "id": "a", "fields": {"text": "A"}},
                         {"type": "quote", "id": "b", "fields": {"text": "B"}},
                         {"type": "quote", "id": "c", "fields": {"text": "C"}}]}
            """);
    JsonObject current =
        JsonDocuments.parseObject(
            """
            {"content": [{"type": "quote", "id": "c", "fields": {"text": "C se"}},
                         {"type": "quote", "id": "a", "fields": {"text": "A se"}}]}
            """);
    TargetValues target = new TargetValues(current, source, List.of("content"));

    assertTrue(target.set(new TextPlace("content", "b", "text"), "B se"));
    assertFalse(target.set(new TextPlace("content", "x", "text"), "X"));

    assertEquals(
        List.of("c", "a", "b"),
        target.values().getJsonArray("content").stream()
            .map(v -> v.asJsonObject().getString("id"))
            .toList());
    assertEquals("B se", target.get(new TextPlace("content", "b", "text")));
  }
}
