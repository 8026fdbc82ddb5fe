package no.ordna.cms.delivery.contract;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/** Type definitions for the contract tests, parsed as the product parses them. */
final class ContractFixtures {

  static final List<String> LOCALES = List.of("nb", "se");

  private ContractFixtures() {}

  static TypeDefinition type(String json, TypeKind kind) {
    Violations violations = new Violations();
    JsonObject object = Jsons.createReader(new StringReader(json)).readObject();
    TypeDefinition definition = TypeDefinitionParser.parse(object, kind, violations);
    violations.throwIfAny("bad fixture");
    return definition;
  }

  static TypeDefinition event() {
    return type(
        """
        {"key": "event", "name": {"nb": "Arrangement"}, "titleField": "title", "fields": [
          {"key": "title", "type": "text", "required": true, "maxLength": 120},
          {"key": "slug", "type": "slug"},
          {"key": "kind", "type": "text", "allowedValues": ["talk", "workshop"]},
          {"key": "seats", "type": "number", "integer": true, "min": 0},
          {"key": "open", "type": "boolean"},
          {"key": "day", "type": "date", "required": true},
          {"key": "starts", "type": "dateTime"},
          {"key": "link", "type": "url"},
          {"key": "host", "type": "reference", "allowedTypes": ["event"], "required": true},
          {"key": "photos", "type": "asset", "multiple": true},
          {"key": "topics", "type": "tags"},
          {"key": "scores", "type": "list", "itemType": "number"},
          {"key": "body", "type": "richText"},
          {"key": "content", "type": "blocks", "allowedBlocks": ["quote"]}
        ]}
        """,
        TypeKind.CONTENT);
  }

  static Map<String, TypeDefinition> blocks() {
    Map<String, TypeDefinition> blocks = new LinkedHashMap<>();
    blocks.put(
        "quote",
        type(
            """
            {"key": "quote", "name": {"nb": "Sitat"}, "fields": [
              {"key": "text", "type": "text", "required": true},
              {"key": "person", "type": "text"}]}
            """,
            TypeKind.BLOCK));
    blocks.put(
        "fact-box",
        type(
            """
            {"key": "fact-box", "name": {"nb": "Faktaboks"}, "fields": [
              {"key": "body", "type": "richText", "required": true}]}
            """,
            TypeKind.BLOCK));
    return blocks;
  }
}
