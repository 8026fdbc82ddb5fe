package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violation;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class TypeDefinitionParserTest {

  private static final String STRATEGY_PAGE =
      """
      {
        "key": "strategy-page",
        "name": {"nb": "Strategiside", "se": "Strategiijasiidu"},
        "description": {"en": "A strategy with its goals"},
        "titleField": "title",
        "reviewRequired": true,
        "urlPattern": "/{locale}/strategier/{slug}",
        "fields": [
          {"key": "title", "type": "text", "required": true, "maxLength": 300, "minLength": 2,
           "label": {"nb": "Tittel", "se": "Namahus"}},
          {"key": "slug", "type": "slug", "from": "title"},
          {"key": "kind", "type": "text", "localized": false, "allowedValues": ["plan", "strategy"],
           "default": "strategy"},
          {"key": "intro", "type": "text", "multiline": true, "fallback": false},
          {"key": "body", "type": "richText", "maxLength": 50000},
          {"key": "year", "type": "number", "integer": true, "min": 1900, "max": 2200.5},
          {"key": "featured", "type": "boolean", "default": false},
          {"key": "startDate", "type": "date"},
          {"key": "publishAt", "type": "dateTime"},
          {"key": "homepage", "type": "url"},
          {"key": "owner", "type": "reference", "allowedTypes": ["organisation"]},
          {"key": "authors", "type": "reference", "multiple": true, "maxItems": 5},
          {"key": "image", "type": "asset", "localized": true},
          {"key": "attachments", "type": "asset", "multiple": true},
          {"key": "related", "type": "list", "itemType": "reference",
           "allowedTypes": ["article", "page"], "maxItems": 10},
          {"key": "keywords", "type": "list", "itemType": "text", "maxLength": 40},
          {"key": "tags", "type": "tags", "maxItems": 20},
          {"key": "content", "type": "blocks", "allowedBlocks": ["paragraph", "quote"]}
        ]
      }
      """;

  private static final String QUOTE_BLOCK =
      """
      {
        "key": "quote",
        "name": {"nb": "Sitat", "en": "Quote"},
        "description": {"en": "A quotation"},
        "titleField": "text",
        "fields": [
          {"key": "text", "type": "text", "required": true, "multiline": true, "maxLength": 2000},
          {"key": "body", "type": "richText", "label": {"nb": "Brødtekst"}},
          {"key": "level", "type": "number", "integer": true, "min": 2, "max": 4, "default": 2},
          {"key": "portrait", "type": "reference", "allowedTypes": ["portrait"]},
          {"key": "links", "type": "list", "itemType": "url", "maxItems": 3},
          {"key": "tags", "type": "tags"},
          {"key": "shown", "type": "boolean", "localized": false}
        ]
      }
      """;

  private static TypeDefinition parseValid(String json, TypeKind kind) {
    Violations violations = new Violations();
    TypeDefinition definition =
        TypeDefinitionParser.parse(JsonDocuments.parseObject(json), kind, violations);
    assertEquals(List.of(), violations.list());
    return definition;
  }

  private static List<Violation> violations(String json, TypeKind kind) {
    Violations violations = new Violations();
    TypeDefinitionParser.parse(JsonDocuments.parseObject(json), kind, violations);
    return violations.list();
  }

  /** The violations of a content type named "t" with the given fields array. */
  private static List<Violation> fieldViolations(String fieldsJson) {
    return violations(typeWithFields(fieldsJson), TypeKind.CONTENT);
  }

  private static List<Violation> blockFieldViolations(String fieldsJson) {
    return violations(typeWithFields(fieldsJson), TypeKind.BLOCK);
  }

  private static String typeWithFields(String fieldsJson) {
    return "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"fields\": " + fieldsJson + "}";
  }

  private static List<Violation> one(String path, String message) {
    return List.of(new Violation(path, message));
  }

  private static TypeDefinition roundTrip(TypeDefinition definition) {
    Violations violations = new Violations();
    TypeDefinition again =
        TypeDefinitionParser.parse(definition.toJson(), definition.kind(), violations);
    assertEquals(List.of(), violations.list(), definition.toJson().toString());
    return again;
  }

  // a valid definition

  @Test
  void validDefinitionParsesWithItsTypeProperties() {
    TypeDefinition type = parseValid(STRATEGY_PAGE, TypeKind.CONTENT);

    assertEquals("strategy-page", type.key());
    assertEquals(TypeKind.CONTENT, type.kind());
    assertEquals(Map.of("nb", "Strategiside", "se", "Strategiijasiidu"), type.name());
    assertEquals(Map.of("en", "A strategy with its goals"), type.description());
    assertEquals("title", type.titleField());
    assertTrue(type.reviewRequired());
    assertEquals("/{locale}/strategier/{slug}", type.urlPattern());
    assertEquals(Optional.of("title"), type.titleDefinition().map(FieldDefinition::key));
    assertEquals(Optional.of("slug"), type.slugField().map(FieldDefinition::key));
  }

  @Test
  void validDefinitionKeepsEveryFieldInOrderWithItsType() {
    TypeDefinition type = parseValid(STRATEGY_PAGE, TypeKind.CONTENT);

    Map<String, FieldType> types = new LinkedHashMap<>();
    type.fields().forEach(f -> types.put(f.key(), f.type()));
    Map<String, FieldType> expected = new LinkedHashMap<>();
    expected.put("title", FieldType.TEXT);
    expected.put("slug", FieldType.SLUG);
    expected.put("kind", FieldType.TEXT);
    expected.put("intro", FieldType.TEXT);
    expected.put("body", FieldType.RICH_TEXT);
    expected.put("year", FieldType.NUMBER);
    expected.put("featured", FieldType.BOOLEAN);
    expected.put("startDate", FieldType.DATE);
    expected.put("publishAt", FieldType.DATE_TIME);
    expected.put("homepage", FieldType.URL);
    expected.put("owner", FieldType.REFERENCE);
    expected.put("authors", FieldType.REFERENCE);
    expected.put("image", FieldType.ASSET);
    expected.put("attachments", FieldType.ASSET);
    expected.put("related", FieldType.LIST);
    expected.put("keywords", FieldType.LIST);
    expected.put("tags", FieldType.TAGS);
    expected.put("content", FieldType.BLOCKS);
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(types.entrySet()));
  }

  @Test
  void fieldsAreLocalizedByDefaultOnlyForTextRichTextSlugAndBlocks() {
    TypeDefinition type =
        parseValid(
            typeWithFields(
                """
                [{"key": "a", "type": "text"}, {"key": "b", "type": "richText"},
                 {"key": "c", "type": "slug"}, {"key": "d", "type": "blocks"},
                 {"key": "e", "type": "number"}, {"key": "f", "type": "boolean"},
                 {"key": "g", "type": "date"}, {"key": "h", "type": "dateTime"},
                 {"key": "i", "type": "url"}, {"key": "j", "type": "reference"},
                 {"key": "k", "type": "asset"}, {"key": "l", "type": "list", "itemType": "text"},
                 {"key": "m", "type": "tags"}]
                """),
            TypeKind.CONTENT);

    List<String> localized =
        type.fields().stream()
            .filter(FieldDefinition::localized)
            .map(FieldDefinition::key)
            .toList();
    assertEquals(List.of("a", "b", "c", "d"), localized);
  }

  @Test
  void validDefinitionKeepsCommonFieldProperties() {
    TypeDefinition type = parseValid(STRATEGY_PAGE, TypeKind.CONTENT);

    FieldDefinition title = type.field("title").orElseThrow();
    assertTrue(title.required());
    assertTrue(title.localized());
    assertTrue(title.fallback());
    assertEquals(Map.of("nb", "Tittel", "se", "Namahus"), title.label());
    assertNull(title.defaultValue());

    FieldDefinition kind = type.field("kind").orElseThrow();
    assertFalse(kind.localized());
    assertFalse(kind.required());
    assertEquals(Json.createValue("strategy"), kind.defaultValue());

    assertFalse(type.field("intro").orElseThrow().fallback());
    assertTrue(type.field("image").orElseThrow().localized());
  }

  @Test
  void validDefinitionKeepsTheTypeSpecificOptions() {
    TypeDefinition type = parseValid(STRATEGY_PAGE, TypeKind.CONTENT);

    FieldDefinition title = type.field("title").orElseThrow();
    assertEquals(300, title.intOption("maxLength").getAsInt());
    assertEquals(2, title.intOption("minLength").getAsInt());
    assertEquals(
        List.of("plan", "strategy"),
        type.field("kind").orElseThrow().stringListOption("allowedValues"));
    assertTrue(type.field("intro").orElseThrow().flag("multiline"));
    assertEquals(Optional.of("title"), type.field("slug").orElseThrow().stringOption("from"));

    FieldDefinition year = type.field("year").orElseThrow();
    assertTrue(year.flag("integer"));
    assertEquals(Optional.of(1900.0), year.numberOption("min"));
    assertEquals(Optional.of(2200.5), year.numberOption("max"));

    FieldDefinition owner = type.field("owner").orElseThrow();
    assertEquals(List.of("organisation"), owner.stringListOption("allowedTypes"));
    assertFalse(owner.holdsArray());

    FieldDefinition authors = type.field("authors").orElseThrow();
    assertTrue(authors.flag("multiple"));
    assertEquals(5, authors.intOption("maxItems").getAsInt());
    assertTrue(authors.holdsArray());
    assertTrue(type.field("attachments").orElseThrow().holdsArray());

    FieldDefinition related = type.field("related").orElseThrow();
    assertEquals(Optional.of(FieldType.REFERENCE), related.itemType());
    assertEquals(List.of("article", "page"), related.stringListOption("allowedTypes"));
    assertEquals(Optional.of(FieldType.TEXT), type.field("keywords").orElseThrow().itemType());

    assertEquals(
        List.of("paragraph", "quote"),
        type.field("content").orElseThrow().stringListOption("allowedBlocks"));
  }

  @Test
  void titleDefinitionWithoutTitleFieldIsTheFirstTextField() {
    TypeDefinition type =
        parseValid(
            typeWithFields(
                "[{\"key\": \"year\", \"type\": \"number\"}, {\"key\": \"name\", \"type\": \"text\"},"
                    + " {\"key\": \"other\", \"type\": \"text\"}]"),
            TypeKind.CONTENT);

    assertNull(type.titleField());
    assertEquals(Optional.of("name"), type.titleDefinition().map(FieldDefinition::key));
  }

  @Test
  void namesAndLabelsAreTrimmedAndNormalisedToNfc() {
    TypeDefinition type =
        parseValid(
            """
            {"key": "t", "name": {"se": " Oa\\u0301ssi "},
             "fields": [{"key": "a", "type": "text", "label": {"se": "Sa\\u0301mi "}}]}
            """,
            TypeKind.CONTENT);

    assertEquals(Map.of("se", "Oássi"), type.name());
    assertEquals(Map.of("se", "Sámi"), type.field("a").orElseThrow().label());
  }

  @Test
  void readOnlyMembersOfAResponseAreAcceptedBack() {
    String response =
        """
        {"key": "t", "name": {"nb": "T"}, "fields": [],
         "kind": "content", "version": 3, "builtIn": false,
         "createdAt": "2026-01-01T10:00:00Z", "updatedAt": "2026-01-02T10:00:00Z",
         "updatedBy": "admin"}
        """;

    assertEquals(List.of(), violations(response, TypeKind.CONTENT));
  }

  // violations with paths

  @Test
  void unknownTypePropertyIsReported() {
    assertEquals(
        one("colour", "unknown property"),
        violations(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"fields\": [], \"colour\": \"red\"}",
            TypeKind.CONTENT));
  }

  @Test
  void unknownFieldPropertyIsReportedWithItsPath() {
    assertEquals(
        one("fields[1].colour", "unknown property"),
        fieldViolations(
            "[{\"key\": \"a\", \"type\": \"text\"}, {\"key\": \"b\", \"type\": \"text\","
                + " \"colour\": \"red\"}]"));
  }

  @Test
  void unknownFieldTypeIsReportedWithTheKnownTypes() {
    assertEquals(
        one(
            "fields[0].type",
            "unknown field type 'colour'; known: text, richText, number, boolean, date,"
                + " dateTime, slug, url, reference, asset, list, tags, blocks"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"colour\"}]"));
  }

  @Test
  void duplicateFieldKeyIsReported() {
    assertEquals(
        one("fields[2].key", "duplicate field key 'title'"),
        fieldViolations(
            "[{\"key\": \"title\", \"type\": \"text\"}, {\"key\": \"lead\", \"type\": \"text\"},"
                + " {\"key\": \"title\", \"type\": \"number\"}]"));
  }

  @Test
  void fieldKeyNotAnIdentifierIsReported() {
    for (String key : List.of("1st", "with-hyphen", "_hidden", "sámi", "a".repeat(65))) {
      assertEquals(
          one("fields[0].key", "must start with a letter and hold only letters, digits, '_'"),
          fieldViolations("[{\"key\": \"" + key + "\", \"type\": \"text\"}]"),
          key);
    }
  }

  @Test
  void typeKeyNotLowerCaseHyphenatedWordsIsReported() {
    for (String key : List.of("News_Article", "news--article", "-news", "news-", "a".repeat(65))) {
      assertEquals(
          one("key", "must be lower-case words joined by hyphens, at most 64 characters"),
          violations(
              "{\"key\": \"" + key + "\", \"name\": {\"nb\": \"T\"}, \"fields\": []}",
              TypeKind.CONTENT),
          key);
    }
  }

  @Test
  void optionOfAnotherFieldTypeIsAnUnknownProperty() {
    assertEquals(
        one("fields[0].maxLength", "unknown property"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"boolean\", \"maxLength\": 10}]"));
    assertEquals(
        one("fields[0].allowedTypes", "unknown property"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"allowedTypes\": [\"page\"]}]"));
    assertEquals(
        one("fields[0].allowedBlocks", "unknown property"),
        fieldViolations(
            "[{\"key\": \"a\", \"type\": \"list\", \"itemType\": \"text\","
                + " \"allowedBlocks\": [\"quote\"]}]"));
  }

  @Test
  void optionOfTheWrongShapeIsReportedWithItsPath() {
    assertEquals(
        one("fields[0].maxLength", "must be a whole number of at least 0"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"maxLength\": -1}]"));
    assertEquals(
        one("fields[0].maxLength", "must be a whole number of at least 0"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"maxLength\": \"10\"}]"));
    assertEquals(
        one("fields[0].multiline", "must be true or false"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"multiline\": \"yes\"}]"));
    assertEquals(
        one("fields[0].min", "must be a number"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"number\", \"min\": \"1\"}]"));
    assertEquals(
        one("fields[0].allowedValues", "must be an array of strings"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"allowedValues\": [1, 2]}]"));
    assertEquals(
        one("fields[0].required", "must be true or false, not a string"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"required\": \"yes\"}]"));
  }

  @Test
  void textAndRichTextCanBeMarkedNotToBeTranslated() {
    TypeDefinition type =
        parseValid(
            """
            {"key": "person", "name": {"nb": "Person"}, "fields": [
              {"key": "name", "type": "text", "translate": false},
              {"key": "bio", "type": "richText", "translate": true}]}
            """,
            TypeKind.CONTENT);

    assertEquals(
        jakarta.json.JsonValue.FALSE, type.field("name").orElseThrow().options().get("translate"));
    assertTrue(type.field("bio").orElseThrow().flag("translate"));
    assertEquals(
        one("fields[0].translate", "must be true or false"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"text\", \"translate\": \"no\"}]"));
  }

  @Test
  void listWithoutItemTypeIsReported() {
    assertEquals(
        one("fields[0].itemType", "is required for a list"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"list\"}]"));
  }

  @Test
  void listWithNullItemTypeIsReported() {
    assertEquals(
        one("fields[0].itemType", "is required for a list"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"list\", \"itemType\": null}]"));
  }

  @Test
  void listOfAFieldTypeThatCannotBeAnElementIsReported() {
    for (String itemType : List.of("blocks", "slug", "tags", "list", "richText", "colour")) {
      assertEquals(
          one(
              "fields[0].itemType",
              "must be one of text, number, boolean, date, dateTime, url, reference, asset"),
          fieldViolations(
              "[{\"key\": \"a\", \"type\": \"list\", \"itemType\": \"" + itemType + "\"}]"),
          itemType);
    }
  }

  @Test
  void secondSlugFieldIsReported() {
    assertEquals(
        one("fields", "a type can have at most one slug field"),
        fieldViolations(
            "[{\"key\": \"a\", \"type\": \"slug\"}, {\"key\": \"b\", \"type\": \"slug\"}]"));
  }

  @Test
  void sharedSlugFieldIsReported() {
    assertEquals(
        one("fields[0].localized", "slug fields are always localized"),
        fieldViolations("[{\"key\": \"a\", \"type\": \"slug\", \"localized\": false}]"));
  }

  @Test
  void titleFieldNamingNoFieldIsReported() {
    assertEquals(
        one("titleField", "names no field of this type"),
        violations(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"titleField\": \"title\","
                + " \"fields\": [{\"key\": \"name\", \"type\": \"text\"}]}",
            TypeKind.CONTENT));
  }

  @Test
  void titleFieldNamingANonTextFieldIsReported() {
    assertEquals(
        one("titleField", "must name a text field"),
        violations(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"titleField\": \"body\","
                + " \"fields\": [{\"key\": \"body\", \"type\": \"richText\"}]}",
            TypeKind.CONTENT));
  }

  @Test
  void slugFromNamingANonTextFieldIsReported() {
    assertEquals(
        one("fields", "the slug field's 'from' must name a text field: year"),
        fieldViolations(
            "[{\"key\": \"year\", \"type\": \"number\"},"
                + " {\"key\": \"slug\", \"type\": \"slug\", \"from\": \"year\"}]"));
  }

  @Test
  void slugFromNamingNoFieldIsReported() {
    assertEquals(
        one("fields", "the slug field's 'from' must name a text field: title"),
        fieldViolations("[{\"key\": \"slug\", \"type\": \"slug\", \"from\": \"title\"}]"));
  }

  @Test
  void blockTypeCannotHoldABlocksField() {
    assertEquals(
        one("fields[0].type", "a block cannot hold a blocks field"),
        blockFieldViolations("[{\"key\": \"inner\", \"type\": \"blocks\"}]"));
  }

  @Test
  void blockTypeCannotHoldASlugField() {
    assertEquals(
        one("fields[0].type", "a block cannot hold a slug field"),
        blockFieldViolations("[{\"key\": \"slug\", \"type\": \"slug\"}]"));
  }

  @Test
  void localizedTrueOnABlockFieldIsReported() {
    assertEquals(
        one("fields[0].localized", "block fields follow the blocks field they sit in"),
        blockFieldViolations("[{\"key\": \"text\", \"type\": \"text\", \"localized\": true}]"));
  }

  @Test
  void blockFieldsAreNeverLocalized() {
    TypeDefinition block = parseValid(QUOTE_BLOCK, TypeKind.BLOCK);

    assertEquals(TypeKind.BLOCK, block.kind());
    assertTrue(block.fields().stream().noneMatch(FieldDefinition::localized));
  }

  @Test
  void missingNameIsReported() {
    assertEquals(
        one("name", "is required"),
        violations("{\"key\": \"t\", \"fields\": []}", TypeKind.CONTENT));
  }

  @Test
  void nameWithoutLocalesOrWithBlankTextIsReported() {
    assertEquals(
        one("name", "must name at least one locale"),
        violations("{\"key\": \"t\", \"name\": {}, \"fields\": []}", TypeKind.CONTENT));
    assertEquals(
        one("name.se", "must be a non-blank string"),
        violations(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\", \"se\": \" \"}, \"fields\": []}",
            TypeKind.CONTENT));
  }

  @Test
  void missingKeyAndFieldsAreReported() {
    assertEquals(
        List.of(new Violation("key", "is required"), new Violation("fields", "is required")),
        violations("{\"name\": {\"nb\": \"T\"}}", TypeKind.CONTENT));
  }

  @Test
  void fieldThatIsNotAnObjectIsReported() {
    assertEquals(one("fields[0]", "must be an object"), fieldViolations("[\"title\"]"));
  }

  @Test
  void fieldWithoutKeyOrTypeIsReported() {
    assertEquals(
        List.of(
            new Violation("fields[0].key", "is required"),
            new Violation("fields[1].type", "is required")),
        fieldViolations("[{\"type\": \"text\"}, {\"key\": \"b\"}]"));
  }

  @Test
  void urlPatternMustBeAPathOrAnHttpUrl() {
    assertEquals(
        one("urlPattern", "must be a path starting with '/' or an http(s) URL"),
        violations(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"urlPattern\": \"aktuelt/{slug}\","
                + " \"fields\": []}",
            TypeKind.CONTENT));
    assertEquals(
        List.of(),
        violations(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\"},"
                + " \"urlPattern\": \"https://ordna.no/{locale}/{slug}\", \"fields\": []}",
            TypeKind.CONTENT));
  }

  @Test
  void previewUrlIsAPathOrAnHttpUrlWithKnownPlaceholders() {
    String type =
        "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"previewUrl\": \"%s\", \"fields\": []}";
    TypeDefinition valid =
        parseValid(
            type.formatted("https://www.example.no/api/preview?id={id}&l={locale}&t={token}"),
            TypeKind.CONTENT);

    assertEquals(
        "https://www.example.no/api/preview?id={id}&l={locale}&t={token}", valid.previewUrl());
    assertEquals(valid, roundTrip(valid));
    assertEquals(
        List.of(),
        violations(type.formatted("/{type}/{slug}/utkast?token={token}"), TypeKind.CONTENT));
    assertEquals(
        one("previewUrl", "must be a path starting with '/' or an http(s) URL"),
        violations(type.formatted("javascript:alert(1)//{token}"), TypeKind.CONTENT));
    assertEquals(
        one("previewUrl", "must be a path starting with '/' or an http(s) URL"),
        violations(type.formatted("preview/{id}"), TypeKind.CONTENT));
    assertEquals(
        one(
            "previewUrl",
            "may hold only the placeholders {id}, {locale}, {slug}, {type} and {token}"),
        violations(type.formatted("/preview/{title}?t={token}"), TypeKind.CONTENT));
    assertEquals(
        one("previewUrl", "must not contain spaces"),
        violations(type.formatted("/preview/{id} x"), TypeKind.CONTENT));
  }

  @Test
  void everyProblemIsReportedInOneGo() {
    assertEquals(
        List.of(
            new Violation("colour", "unknown property"),
            new Violation("name", "is required"),
            new Violation("fields[0].maxLength", "unknown property"),
            new Violation(
                "fields[1].type", "unknown field type 'colour'; known: " + FieldType.wireNames()),
            new Violation("titleField", "names no field of this type")),
        violations(
            """
            {"key": "t", "colour": "red", "titleField": "title", "fields": [
              {"key": "a", "type": "boolean", "maxLength": 1},
              {"key": "b", "type": "colour"}
            ]}
            """,
            TypeKind.CONTENT));
  }

  // round trip

  @Test
  void contentTypeSurvivesARoundTripThroughToJson() {
    TypeDefinition type = parseValid(STRATEGY_PAGE, TypeKind.CONTENT);

    assertEquals(type, roundTrip(type));
  }

  @Test
  void blockTypeSurvivesARoundTripThroughToJson() {
    TypeDefinition block = parseValid(QUOTE_BLOCK, TypeKind.BLOCK);

    assertEquals(block, roundTrip(block));
  }

  @Test
  void blockTypeToJsonWritesNoLocalizedTrue() {
    JsonObject json = parseValid(QUOTE_BLOCK, TypeKind.BLOCK).toJson();

    json.getJsonArray("fields")
        .forEach(f -> assertFalse(f.asJsonObject().getBoolean("localized"), f.toString()));
  }

  @Test
  void fallbackOfASharedFieldIsIgnoredSoItSurvivesARoundTrip() {
    TypeDefinition type =
        parseValid(
            typeWithFields(
                "[{\"key\": \"a\", \"type\": \"text\", \"localized\": false, \"fallback\": false}]"),
            TypeKind.CONTENT);

    assertTrue(type.field("a").orElseThrow().fallback());
    assertEquals(type, roundTrip(type));
  }

  @Test
  void fallbackOfABlockFieldIsIgnoredSoItSurvivesARoundTrip() {
    TypeDefinition block =
        parseValid(
            typeWithFields("[{\"key\": \"a\", \"type\": \"text\", \"fallback\": false}]"),
            TypeKind.BLOCK);

    assertTrue(block.field("a").orElseThrow().fallback());
    assertEquals(block, roundTrip(block));
  }

  @Test
  void contentOnlyPropertiesOfABlockTypeAreIgnoredSoItSurvivesARoundTrip() {
    TypeDefinition block =
        parseValid(
            "{\"key\": \"t\", \"name\": {\"nb\": \"T\"}, \"reviewRequired\": true,"
                + " \"urlPattern\": \"/x\", \"previewUrl\": \"/p/{token}\", \"fields\": []}",
            TypeKind.BLOCK);

    assertFalse(block.reviewRequired());
    assertNull(block.urlPattern());
    assertNull(block.previewUrl());
    assertEquals(block, roundTrip(block));
  }

  @Test
  void responseBodyWithMetadataParsesToTheSameDefinition() {
    TypeDefinition type = parseValid(STRATEGY_PAGE, TypeKind.CONTENT);
    JsonObject response =
        Json.createObjectBuilder(type.toJson())
            .add("kind", "content")
            .add("version", 2)
            .add("builtIn", false)
            .add("createdAt", "2026-01-01T10:00:00Z")
            .add("updatedAt", "2026-01-02T10:00:00Z")
            .add("updatedBy", "admin")
            .build();

    assertEquals(type, parseValid(response.toString(), TypeKind.CONTENT));
  }
}
