package no.ordna.cms.contenttype.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class TypeChangePlanTest {

  private static final Map<String, TypeDefinition> BLOCK_TYPES =
      BuiltInTypes.definitions().stream()
          .filter(t -> t.kind() == TypeKind.BLOCK)
          .collect(Collectors.toMap(TypeDefinition::key, t -> t));

  private static final Function<String, Optional<TypeDefinition>> BLOCK_LOOKUP =
      key -> Optional.ofNullable(BLOCK_TYPES.get(key));

  /** A variant's values: the localized fields. */
  private static final Predicate<FieldDefinition> LOCALIZED = FieldDefinition::localized;

  /** An item's values: the shared fields. */
  private static final Predicate<FieldDefinition> SHARED = f -> !f.localized();

  private static final Predicate<FieldDefinition> ALL = f -> true;

  private static TypeDefinition type(TypeKind kind, String key, String fieldsJson) {
    Violations violations = new Violations();
    TypeDefinition definition =
        TypeDefinitionParser.parse(
            JsonDocuments.parseObject(
                "{\"key\": \""
                    + key
                    + "\", \"name\": {\"nb\": \"T\"}, \"fields\": "
                    + fieldsJson
                    + "}"),
            kind,
            violations);
    assertEquals(List.of(), violations.list());
    return definition;
  }

  private static TypeDefinition article(String fieldsJson) {
    return type(TypeKind.CONTENT, "article", fieldsJson);
  }

  private static TypeChangePlan plan(TypeDefinition before, TypeDefinition after) {
    return new TypeChangePlan(before, after, BLOCK_LOOKUP);
  }

  private static JsonObject json(String text) {
    return JsonDocuments.parseObject(text);
  }

  private static final TypeDefinition BEFORE =
      article(
          """
          [{"key": "title", "type": "text", "required": true},
           {"key": "lead", "type": "text", "maxLength": 100},
           {"key": "year", "type": "number"}]
          """);

  // removed fields

  @Test
  void removingAFieldWithStoredValuesIsAMigrationThatDropsThem() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "year", "type": "number"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"Ingress\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Ulbmil\", \"lead\": \"Álgu\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Goal\"}"), LOCALIZED);

    assertEquals(List.of("field 'lead' removed: 2 stored values dropped"), plan.migrations());
    assertEquals(List.of(), plan.blockers());
    assertTrue(plan.changesStoredValues());
    assertEquals(
        json("{\"title\": \"Mål\"}"),
        plan.migrate(json("{\"title\": \"Mål\", \"lead\": \"Ingress\"}"), LOCALIZED));
  }

  @Test
  void removingAFieldWithoutStoredValuesChangesNothing() {
    TypeChangePlan plan =
        plan(BEFORE, article("[{\"key\": \"title\", \"type\": \"text\", \"required\": true}]"));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"\"}"), LOCALIZED);
    plan.analyse(json("{}"), SHARED);

    assertEquals(List.of(), plan.migrations());
    assertEquals(List.of(), plan.blockers());
    assertFalse(plan.changesStoredValues());
  }

  // values that no longer fit

  @Test
  void changingTheTypeOfAFieldWithStoredValuesIsBlocked() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "number", "localized": true},
                 {"key": "year", "type": "number"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"Ingress\"}"), LOCALIZED);

    assertEquals(
        List.of(
            "field 'lead': 1 stored values do not fit the new definition; clear them or remove"
                + " the field and add it again"),
        plan.blockers());
    assertEquals(List.of(), plan.migrations());
  }

  @Test
  void changingTheTypeOfAFieldWithoutStoredValuesIsFree() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "number", "localized": true},
                 {"key": "year", "type": "number"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\"}"), LOCALIZED);

    assertEquals(List.of(), plan.blockers());
    assertFalse(plan.changesStoredValues());
  }

  @Test
  void makingALocalizedFieldWithStoredValuesSharedIsBlocked() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "text", "maxLength": 100, "localized": false},
                 {"key": "year", "type": "number"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"Ingress\"}"), LOCALIZED);

    assertEquals(
        List.of(
            "field 'lead': 1 stored values do not fit the new definition; clear them or remove"
                + " the field and add it again"),
        plan.blockers());
  }

  @Test
  void loweringMaxLengthBelowStoredValuesIsBlocked() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "text", "maxLength": 5},
                 {"key": "year", "type": "number"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"Kort\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Ulbmil\", \"lead\": \"Guhkit go vihtta\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Goal\", \"lead\": \"Longer than five\"}"), LOCALIZED);

    assertEquals(
        List.of(
            "field 'lead': 2 stored values do not fit the new definition; clear them or remove"
                + " the field and add it again"),
        plan.blockers());
  }

  @Test
  void loweringMaxLengthAboveEveryStoredValueIsFree() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "text", "maxLength": 5},
                 {"key": "year", "type": "number"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"Kort\"}"), LOCALIZED);

    assertEquals(List.of(), plan.blockers());
    assertEquals(List.of(), plan.migrations());
    assertFalse(plan.changesStoredValues());
  }

  // newly required fields

  @Test
  void newRequiredFieldWithoutDefaultIsBlockedWhenEntriesLackIt() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "text", "maxLength": 100},
                 {"key": "year", "type": "number"},
                 {"key": "summary", "type": "text", "required": true}]
                """));

    plan.analyse(json("{\"title\": \"Mål\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Ulbmil\", \"summary\": \"\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Goal\", \"summary\": \"Done\"}"), LOCALIZED);

    assertEquals(
        List.of(
            "field 'summary' is required but 2 stored entries have no value; give the field a"
                + " default to migrate them"),
        plan.blockers());
    assertEquals(List.of(), plan.migrations());
  }

  @Test
  void newRequiredFieldWithDefaultIsAMigrationThatFillsIt() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "year", "type": "number"},
                 {"key": "summary", "type": "text", "required": true, "default": "Kommer"}]
                """));

    plan.analyse(json("{\"title\": \"Mål\", \"lead\": \"Ingress\"}"), LOCALIZED);
    plan.analyse(json("{\"title\": \"Ulbmil\"}"), LOCALIZED);

    assertEquals(List.of(), plan.blockers());
    assertEquals(
        List.of(
            "field 'lead' removed: 1 stored values dropped",
            "field 'summary' required: default \"Kommer\" filled into 2 entries"),
        plan.migrations());
    assertTrue(plan.changesStoredValues());
    assertEquals(
        json("{\"title\": \"Mål\", \"summary\": \"Kommer\"}"),
        plan.migrate(json("{\"title\": \"Mål\", \"lead\": \"Ingress\"}"), LOCALIZED));
    assertEquals(
        json("{\"title\": \"Goal\", \"summary\": \"Done\"}"),
        plan.migrate(json("{\"title\": \"Goal\", \"summary\": \"Done\"}"), LOCALIZED));
  }

  @Test
  void defaultOfASharedFieldIsFilledOnlyIntoSharedValues() {
    TypeChangePlan plan =
        plan(
            BEFORE,
            article(
                """
                [{"key": "title", "type": "text", "required": true},
                 {"key": "lead", "type": "text", "maxLength": 100},
                 {"key": "year", "type": "number", "required": true, "default": 2016}]
                """));

    plan.analyse(json("{\"title\": \"Mål\"}"), LOCALIZED);
    plan.analyse(json("{}"), SHARED);

    assertEquals(
        List.of("field 'year' required: default 2016 filled into 1 entries"), plan.migrations());
    assertEquals(
        json("{\"title\": \"Mål\"}"), plan.migrate(json("{\"title\": \"Mål\"}"), LOCALIZED));
    assertEquals(json("{\"year\": 2016}"), plan.migrate(json("{}"), SHARED));
  }

  @Test
  void fieldThatWasAlreadyRequiredIsNotCountedAsMissing() {
    TypeChangePlan plan = plan(BEFORE, BEFORE);

    plan.analyse(json("{\"lead\": \"Ingress\"}"), LOCALIZED);

    assertEquals(List.of(), plan.blockers());
    assertEquals(List.of(), plan.migrations());
    assertFalse(plan.changesStoredValues());
  }

  // blocks

  private static final TypeDefinition PAGE =
      type(
          TypeKind.CONTENT,
          "page",
          """
          [{"key": "title", "type": "text"},
           {"key": "content", "type": "blocks"},
           {"key": "sidebar", "type": "blocks"}]
          """);

  private static final JsonObject PAGE_VALUES =
      json(
          """
          {"title": "Strategi",
           "content": [
             {"type": "quote", "id": "a", "fields": {"text": "Ája", "role": "Leder"}},
             {"type": "heading", "id": "b", "fields": {"text": "Mål"}}
           ],
           "sidebar": [{"type": "quote", "id": "c", "fields": {"text": "Ulbmil"}}]}
          """);

  @Test
  void mapBlocksRewritesOnlyBlocksOfTheGivenType() {
    JsonObject mapped =
        TypeChangePlan.mapBlocks(
            PAGE,
            PAGE_VALUES,
            "quote",
            fields -> Json.createObjectBuilder(fields).add("person", "Ánde").build());

    assertEquals(
        json(
            """
            {"title": "Strategi",
             "content": [
               {"type": "quote", "id": "a",
                "fields": {"text": "Ája", "role": "Leder", "person": "Ánde"}},
               {"type": "heading", "id": "b", "fields": {"text": "Mål"}}
             ],
             "sidebar": [
               {"type": "quote", "id": "c", "fields": {"text": "Ulbmil", "person": "Ánde"}}
             ]}
            """),
        mapped);
  }

  @Test
  void mapBlocksLeavesValuesWithoutThatBlockTypeAsTheyWere() {
    assertEquals(
        PAGE_VALUES, TypeChangePlan.mapBlocks(PAGE, PAGE_VALUES, "image", f -> json("{}")));
  }

  @Test
  void removingAFieldOfABlockTypeDropsItFromEveryBlockOfThatType() {
    TypeDefinition quote = BLOCK_TYPES.get("quote");
    TypeDefinition quoteWithoutRole =
        type(
            TypeKind.BLOCK,
            "quote",
            """
            [{"key": "text", "type": "text", "required": true, "multiline": true,
              "maxLength": 2000},
             {"key": "person", "type": "text", "maxLength": 200},
             {"key": "portrait", "type": "reference", "allowedTypes": ["portrait"]}]
            """);
    TypeChangePlan plan = plan(quote, quoteWithoutRole);

    TypeChangePlan.mapBlocks(
        PAGE,
        PAGE_VALUES,
        "quote",
        fields -> {
          plan.analyse(fields, ALL);
          return fields;
        });
    JsonObject migrated =
        TypeChangePlan.mapBlocks(PAGE, PAGE_VALUES, "quote", f -> plan.migrate(f, ALL));

    assertEquals(List.of("field 'role' removed: 1 stored values dropped"), plan.migrations());
    assertEquals(
        json(
            """
            {"title": "Strategi",
             "content": [
               {"type": "quote", "id": "a", "fields": {"text": "Ája"}},
               {"type": "heading", "id": "b", "fields": {"text": "Mål"}}
             ],
             "sidebar": [{"type": "quote", "id": "c", "fields": {"text": "Ulbmil"}}]}
            """),
        migrated);
  }

  @Test
  void blocksThatNoLongerFitAllowedBlocksAreBlocked() {
    TypeDefinition onlyHeadings =
        type(
            TypeKind.CONTENT,
            "page",
            """
            [{"key": "title", "type": "text"},
             {"key": "content", "type": "blocks", "allowedBlocks": ["heading"]},
             {"key": "sidebar", "type": "blocks"}]
            """);
    TypeChangePlan plan = plan(PAGE, onlyHeadings);

    plan.analyse(PAGE_VALUES, LOCALIZED);

    assertEquals(
        List.of(
            "field 'content': 1 stored values do not fit the new definition; clear them or"
                + " remove the field and add it again"),
        plan.blockers());
  }
}
