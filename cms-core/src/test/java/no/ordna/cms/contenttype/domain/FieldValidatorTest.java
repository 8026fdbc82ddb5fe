package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ordna.cms.contenttype.application.BuiltInTypes;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violation;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class FieldValidatorTest {

  private static final Map<String, TypeDefinition> BLOCK_TYPES =
      BuiltInTypes.definitions().stream()
          .filter(t -> t.kind() == TypeKind.BLOCK)
          .collect(Collectors.toMap(TypeDefinition::key, t -> t));

  private static final Function<String, Optional<TypeDefinition>> BLOCK_LOOKUP =
      key -> Optional.ofNullable(BLOCK_TYPES.get(key));

  private static final TypeDefinition TYPE =
      definition(
          """
          {"key": "test-page", "name": {"nb": "Testside"}, "fields": [
            {"key": "title", "type": "text", "maxLength": 5},
            {"key": "name", "type": "text"},
            {"key": "lead", "type": "text", "multiline": true},
            {"key": "code", "type": "text", "minLength": 3},
            {"key": "provider", "type": "text", "allowedValues": ["youtube", "vimeo"]},
            {"key": "description", "type": "richText"},
            {"key": "teaser", "type": "richText", "maxLength": 10},
            {"key": "count", "type": "number", "integer": true, "min": 1, "max": 10},
            {"key": "ratio", "type": "number", "min": -1.5, "max": 1.5},
            {"key": "featured", "type": "boolean"},
            {"key": "startDate", "type": "date"},
            {"key": "publishAt", "type": "dateTime"},
            {"key": "slug", "type": "slug"},
            {"key": "homepage", "type": "url"},
            {"key": "owner", "type": "reference", "allowedTypes": ["organisation"]},
            {"key": "authors", "type": "reference", "multiple": true, "maxItems": 2},
            {"key": "image", "type": "asset"},
            {"key": "years", "type": "list", "itemType": "number", "integer": true},
            {"key": "related", "type": "list", "itemType": "reference",
             "allowedTypes": ["article", "page"]},
            {"key": "tags", "type": "tags", "maxItems": 5},
            {"key": "body", "type": "blocks"},
            {"key": "sidebar", "type": "blocks", "allowedBlocks": ["fact-box"]}
          ]}
          """);

  private static final String ID_1 = "0b5c6e1e-4b1a-4c2e-9d7a-3f1e2d4c5b6a";
  private static final String ID_2 = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

  private static TypeDefinition definition(String json) {
    Violations violations = new Violations();
    TypeDefinition type =
        TypeDefinitionParser.parse(JsonDocuments.parseObject(json), TypeKind.CONTENT, violations);
    assertEquals(List.of(), violations.list());
    return type;
  }

  /** What one run of a fresh validator over a fields object gave. */
  private record Outcome(
      JsonObject fields, List<Violation> violations, List<ReferenceCheck> references) {}

  private static Outcome check(JsonObject fields) {
    Violations violations = new Violations();
    FieldValidator validator = new FieldValidator(BLOCK_LOOKUP, violations);
    JsonObject out = validator.check(TYPE, fields, "fields");
    return new Outcome(out, violations.list(), validator.references());
  }

  private static Outcome check(String fieldsJson) {
    return check(JsonDocuments.parseObject(fieldsJson));
  }

  private static Outcome check(String key, JsonValue value) {
    return check(Json.createObjectBuilder().add(key, value).build());
  }

  /** The checked value of one field, asserting that it raised no violation. */
  private static JsonValue accepted(String key, JsonValue value) {
    Outcome outcome = check(key, value);
    assertEquals(List.of(), outcome.violations());
    return outcome.fields().get(key);
  }

  private static JsonValue accepted(String key, String value) {
    return accepted(key, Json.createValue(value));
  }

  /** The only violation one field's value raised; the field is left out of the result. */
  private static Violation rejected(String key, JsonValue value) {
    Outcome outcome = check(key, value);
    assertFalse(outcome.fields().containsKey(key), "a rejected value is left out");
    assertEquals(1, outcome.violations().size(), outcome.violations().toString());
    return outcome.violations().get(0);
  }

  private static Violation rejected(String key, String value) {
    return rejected(key, Json.createValue(value));
  }

  private static Violation violation(String path, String message) {
    return new Violation(path, message);
  }

  // text

  @Test
  void textIsNormalisedToNfc() {
    assertEquals(Json.createValue("\u00e1"), accepted("name", "a\u0301"));
    assertEquals(Json.createValue("S\u00e1mi"), accepted("name", "Sa\u0301mi"));
  }

  @Test
  void textMaxLengthCountsCodePointsNotUtf16Units() {
    String text = "S\u00e1mi\ud83c\udf89"; // "Sámi🎉": the emoji is a surrogate pair
    assertEquals(6, text.length());

    assertEquals(Json.createValue(text), accepted("title", text));
  }

  @Test
  void textMaxLengthCountsDecomposedInputAfterNormalisation() {
    assertEquals(Json.createValue("S\u00e1mi🎉"), accepted("title", "Sa\u0301mi🎉"));
  }

  @Test
  void textLongerThanMaxLengthIsRejected() {
    assertEquals(
        violation("fields.title", "is 6 characters long; at most 5 allowed"),
        rejected("title", "Sámi🎉!"));
  }

  @Test
  void textWithoutMaxLengthIsCappedAtTheDefault() {
    assertEquals(
        violation("fields.name", "is 10001 characters long; at most 10000 allowed"),
        rejected("name", "x".repeat(10_001)));
  }

  @Test
  void textShorterThanMinLengthIsRejectedButEmptyTextIsNot() {
    assertEquals(
        violation("fields.code", "is 2 characters long; at least 3 needed"),
        rejected("code", "ab"));
    assertEquals(Json.createValue(""), accepted("code", ""));
  }

  @Test
  void singleLineTextRejectsLineBreaks() {
    assertEquals(violation("fields.name", "must be a single line"), rejected("name", "a\nb"));
  }

  @Test
  void singleLineTextRejectsCarriageReturns() {
    assertEquals(violation("fields.name", "must be a single line"), rejected("name", "a\rb"));
  }

  @Test
  void multilineTextKeepsLineBreaks() {
    assertEquals(Json.createValue("a\nb"), accepted("lead", "a\nb"));
  }

  @Test
  void textWithAllowedValuesAcceptsOnlyThoseExactly() {
    assertEquals(Json.createValue("vimeo"), accepted("provider", "vimeo"));
    assertEquals(
        violation("fields.provider", "must be one of [youtube, vimeo]"),
        rejected("provider", "YouTube"));
  }

  @Test
  void textMustBeAString() {
    assertEquals(
        violation("fields.name", "must be a string, not a number"),
        rejected("name", Json.createValue(42)));
  }

  // rich text

  @Test
  void richTextIsSanitised() {
    assertEquals(
        Json.createValue("<p>Hei</p>"),
        accepted("description", "<p onclick=\"steal()\">Hei</p><script>steal()</script>"));
  }

  @Test
  void richTextLongerThanMaxLengthIsRejected() {
    assertEquals(
        violation("fields.teaser", "is 15 characters long; at most 10 allowed"),
        rejected("teaser", "<p>12345678</p>"));
  }

  // number

  @Test
  void numberWithinItsRangeIsKept() {
    assertEquals(Json.createValue(3), accepted("count", Json.createValue(3)));
    assertEquals(Json.createValue(-1.5), accepted("ratio", Json.createValue(-1.5)));
  }

  @Test
  void integerNumberRejectsFractions() {
    assertEquals(
        violation("fields.count", "must be a whole number"),
        rejected("count", Json.createValue(2.5)));
  }

  @Test
  void numberBelowMinIsRejected() {
    assertEquals(
        violation("fields.count", "must be at least 1.0"), rejected("count", Json.createValue(0)));
  }

  @Test
  void numberAboveMaxIsRejected() {
    assertEquals(
        violation("fields.ratio", "must be at most 1.5"), rejected("ratio", Json.createValue(1.6)));
  }

  @Test
  void numberMustBeAJsonNumber() {
    assertEquals(
        violation("fields.count", "must be a number, not a string"), rejected("count", "3"));
  }

  // boolean

  @Test
  void booleanAcceptsTrueAndFalseOnly() {
    assertEquals(JsonValue.FALSE, accepted("featured", JsonValue.FALSE));
    assertEquals(
        violation("fields.featured", "must be true or false, not a string"),
        rejected("featured", "true"));
  }

  // date and dateTime

  @Test
  void dateAcceptsYearMonthDay() {
    assertEquals(Json.createValue("2016-06-01"), accepted("startDate", "2016-06-01"));
  }

  @Test
  void dateRejectsOtherShapesAndImpossibleDays() {
    for (String bad : List.of("2016-6-1", "01.06.2016", "2016-02-30", "2016-06-01T10:00")) {
      assertEquals(
          violation("fields.startDate", "must be a date as YYYY-MM-DD"),
          rejected("startDate", bad),
          bad);
    }
  }

  @Test
  void dateTimeIsNormalisedToUtc() {
    assertEquals(
        Json.createValue("2016-06-01T08:00:00Z"),
        accepted("publishAt", "2016-06-01T10:00:00+02:00"));
  }

  @Test
  void dateTimeKeepsFractionsOfSeconds() {
    assertEquals(
        Json.createValue("2016-06-01T10:00:00.500Z"),
        accepted("publishAt", "2016-06-01T10:00:00.5Z"));
  }

  @Test
  void dateTimeWithoutOffsetIsRejected() {
    assertEquals(
        violation(
            "fields.publishAt",
            "must be an ISO 8601 date-time with offset, e.g. 2016-06-01T09:00:00+02:00"),
        rejected("publishAt", "2016-06-01T10:00:00"));
  }

  // slug

  @Test
  void slugMustBeCanonical() {
    assertEquals(Json.createValue("sami-strategi"), accepted("slug", "sami-strategi"));
    assertEquals(
        violation("fields.slug", "must be lower-case letters a-z, digits and single hyphens"),
        rejected("slug", "Sámi strategi"));
  }

  // url

  @Test
  void urlAcceptsHttpHttpsAndMailto() {
    for (String url :
        List.of("https://ordna.no/sami?x=1", "http://example.org", "mailto:post@ordna.no")) {
      assertEquals(Json.createValue(url), accepted("homepage", url), url);
    }
  }

  @Test
  void urlRejectsJavascriptAndOtherSchemesAndRelativeUrls() {
    for (String url :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://ordna.no/fil",
            "/relative/path",
            "https://",
            "https://ordna.no/" + "a".repeat(2000))) {
      assertEquals(
          violation("fields.homepage", "must be an absolute http, https or mailto URL"),
          rejected("homepage", url),
          url);
    }
  }

  // reference and asset

  @Test
  void referenceIsCollectedWithItsPathAndAllowedTypes() {
    Outcome outcome = check("owner", Json.createValue(ID_1));

    assertEquals(List.of(), outcome.violations());
    assertEquals(Json.createValue(ID_1), outcome.fields().get("owner"));
    assertEquals(
        List.of(new ReferenceCheck("fields.owner", ID_1, List.of("organisation"))),
        outcome.references());
  }

  @Test
  void referenceMustLookLikeAnItemId() {
    for (String bad : List.of("42", ID_1.toUpperCase(), ID_1 + "0", "organisation/" + ID_1)) {
      assertEquals(
          violation("fields.owner", "must be the id of a content item"),
          rejected("owner", bad),
          bad);
      assertEquals(List.of(), check("owner", Json.createValue(bad)).references(), bad);
    }
  }

  @Test
  void multipleReferencesAreCollectedEachWithItsIndex() {
    JsonArray ids = Json.createArrayBuilder().add(ID_1).add(ID_2).build();

    Outcome outcome = check("authors", ids);

    assertEquals(List.of(), outcome.violations());
    assertEquals(ids, outcome.fields().get("authors"));
    assertEquals(
        List.of(
            new ReferenceCheck("fields.authors[0]", ID_1, List.of()),
            new ReferenceCheck("fields.authors[1]", ID_2, List.of())),
        outcome.references());
  }

  @Test
  void multipleReferencesRespectMaxItems() {
    JsonArray ids = Json.createArrayBuilder().add(ID_1).add(ID_2).add(ID_1).build();

    assertEquals(
        violation("fields.authors", "has 3 items; at most 2 allowed"), rejected("authors", ids));
  }

  @Test
  void multipleReferencesMustBeAnArray() {
    assertEquals(
        violation("fields.authors", "must be an array, not a string"), rejected("authors", ID_1));
  }

  @Test
  void listOfReferencesCarriesTheListsAllowedTypes() {
    Outcome outcome = check("related", Json.createArrayBuilder().add(ID_1).add(ID_2).build());

    assertEquals(List.of(), outcome.violations());
    assertEquals(
        List.of(
            new ReferenceCheck("fields.related[0]", ID_1, List.of("article", "page")),
            new ReferenceCheck("fields.related[1]", ID_2, List.of("article", "page"))),
        outcome.references());
  }

  @Test
  void assetIdMustBeTheIdOfAnAsset() {
    assertEquals(Json.createValue(ID_1), accepted("image", ID_1));
    assertEquals(
        violation(
            "fields.image", "must be the id of an asset (upload it to /api/v1/manage/assets)"),
        rejected("image", "images/sami-flagg.png"));
  }

  // list and tags

  @Test
  void listChecksEachElementWithItsIndex() {
    Outcome outcome =
        check("years", Json.createArrayBuilder().add(2016).add(2016.5).add(2018).build());

    assertEquals(
        List.of(violation("fields.years[1]", "must be a whole number")), outcome.violations());
  }

  @Test
  void listOfValidElementsIsKept() {
    JsonArray years = Json.createArrayBuilder().add(2016).add(2017).build();

    assertEquals(years, accepted("years", years));
  }

  @Test
  void tagsAreTrimmedAndDeduplicatedIgnoringCase() {
    JsonValue tags =
        accepted(
            "tags",
            Json.createArrayBuilder()
                .add("  Sámi ")
                .add("sámi")
                .add("SÁMI")
                .add("Kultur")
                .add("kultur ")
                .build());

    assertEquals(Json.createArrayBuilder().add("Sámi").add("Kultur").build(), tags);
  }

  @Test
  void blankTagIsRejectedWithItsIndex() {
    Outcome outcome = check("tags", Json.createArrayBuilder().add("Sámi").add("   ").build());

    assertEquals(
        List.of(violation("fields.tags[1]", "must be 1-100 characters")), outcome.violations());
  }

  // blocks

  @Test
  void blocksAreCheckedAndKeepTheirIds() {
    Outcome outcome =
        check(
            """
            {"body": [
              {"type": "paragraph", "id": "intro", "fields": {"text": "<p onclick=\\"x()\\">Hei</p>"}},
              {"type": "quote", "id": "q_1", "fields": {"text": "Ája", "person": null}}
            ]}
            """);

    assertEquals(List.of(), outcome.violations());
    assertEquals(
        JsonDocuments.parseArray(
            """
            [
              {"type": "paragraph", "id": "intro", "fields": {"text": "<p>Hei</p>"}},
              {"type": "quote", "id": "q_1", "fields": {"text": "Ája"}}
            ]
            """),
        outcome.fields().getJsonArray("body"));
  }

  @Test
  void blocksWithoutIdsGetDistinctGeneratedIds() {
    Outcome outcome =
        check(
            """
            {"body": [
              {"type": "heading", "fields": {"text": "Mål"}},
              {"type": "heading", "fields": {"text": "Ulbmil"}}
            ]}
            """);

    assertEquals(List.of(), outcome.violations());
    String first = outcome.fields().getJsonArray("body").getJsonObject(0).getString("id");
    String second = outcome.fields().getJsonArray("body").getJsonObject(1).getString("id");
    assertTrue(first.matches("[0-9a-f]{8}"), first);
    assertTrue(second.matches("[0-9a-f]{8}"), second);
    assertNotEquals(first, second);
  }

  @Test
  void blockFieldViolationHasTheFullPath() {
    Outcome outcome =
        check(
            """
        {"body": [
          {"type": "paragraph", "fields": {"text": "<p>1</p>"}},
          {"type": "paragraph", "fields": {"text": "<p>2</p>"}},
          {"type": "heading", "fields": {"text": "Mål", "level": 5}}
        ]}
        """);

    assertEquals(
        List.of(violation("fields.body[2].fields.level", "must be at most 4.0")),
        outcome.violations());
  }

  @Test
  void unknownBlockTypeIsRejected() {
    Outcome outcome = check("{\"body\": [{\"type\": \"carousel\", \"fields\": {}}]}");

    assertEquals(
        List.of(violation("fields.body[0].type", "unknown block type 'carousel'")),
        outcome.violations());
    assertEquals(JsonValue.EMPTY_JSON_ARRAY, outcome.fields().get("body"));
  }

  @Test
  void blockTypeOutsideAllowedBlocksIsRejected() {
    Outcome outcome =
        check("{\"sidebar\": [{\"type\": \"quote\", \"fields\": {\"text\": \"Ája\"}}]}");

    assertEquals(
        List.of(
            violation(
                "fields.sidebar[0].type",
                "block type 'quote' is not allowed here; allowed: [fact-box]")),
        outcome.violations());
  }

  @Test
  void blockTypeInAllowedBlocksIsAccepted() {
    Outcome outcome =
        check(
            "{\"sidebar\": [{\"type\": \"fact-box\", \"id\": \"f\", \"fields\": {\"body\": \"<p>x</p>\"}}]}");

    assertEquals(List.of(), outcome.violations());
  }

  @Test
  void unknownBlockPropertyIsRejected() {
    Outcome outcome =
        check(
            """
        {"body": [{"type": "paragraph", "fields": {"text": "<p>x</p>"}, "style": "wide"}]}
        """);

    assertEquals(
        List.of(violation("fields.body[0].style", "unknown property of a block")),
        outcome.violations());
  }

  @Test
  void duplicateBlockIdIsRejected() {
    Outcome outcome =
        check(
            """
        {"body": [
          {"type": "paragraph", "id": "a", "fields": {"text": "<p>1</p>"}},
          {"type": "paragraph", "id": "a", "fields": {"text": "<p>2</p>"}}
        ]}
        """);

    assertEquals(
        List.of(violation("fields.body[1].id", "duplicate block id 'a'")), outcome.violations());
  }

  @Test
  void malformedBlockIdIsRejected() {
    Outcome outcome =
        check(
            """
        {"body": [{"type": "paragraph", "id": "a b", "fields": {"text": "<p>1</p>"}}]}
        """);

    assertEquals(
        List.of(violation("fields.body[0].id", "must be 1-64 letters, digits, '_' or '-'")),
        outcome.violations());
  }

  @Test
  void requiredBlockFieldMissingIsReported() {
    Outcome outcome = check("{\"body\": [{\"type\": \"paragraph\", \"fields\": {}}]}");

    assertEquals(
        List.of(violation("fields.body[0].fields.text", "is required")), outcome.violations());
  }

  @Test
  void unknownFieldInABlockIsRejected() {
    Outcome outcome =
        check(
            """
        {"body": [{"type": "heading", "fields": {"text": "Mål", "colour": "red"}}]}
        """);

    assertEquals(
        List.of(violation("fields.body[0].fields.colour", "unknown field of type 'heading'")),
        outcome.violations());
  }

  @Test
  void blockMustBeAnObject() {
    Outcome outcome = check("{\"body\": [\"paragraph\"]}");

    assertEquals(
        List.of(violation("fields.body[0]", "must be a block object {\"type\", \"fields\"}")),
        outcome.violations());
  }

  @Test
  void referencesInsideBlocksAreCollected() {
    Outcome outcome =
        check(
            """
        {"body": [{"type": "quote", "id": "q", "fields": {"text": "Ája", "portrait": "%s"}}]}
        """
                .formatted(ID_1));

    assertEquals(List.of(), outcome.violations());
    assertEquals(
        List.of(new ReferenceCheck("fields.body[0].fields.portrait", ID_1, List.of("portrait"))),
        outcome.references());
  }

  // the fields object

  @Test
  void nullMemberIsKeptAsNull() {
    Outcome outcome = check("{\"name\": null, \"count\": 2}");

    assertEquals(List.of(), outcome.violations());
    assertEquals(JsonDocuments.parseObject("{\"name\": null, \"count\": 2}"), outcome.fields());
  }

  @Test
  void unknownFieldIsRejected() {
    Outcome outcome = check("{\"colour\": \"red\"}");

    assertEquals(
        List.of(violation("fields.colour", "unknown field of type 'test-page'")),
        outcome.violations());
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, outcome.fields());
  }

  @Test
  void everyViolationIsReportedNotJustTheFirst() {
    Outcome outcome =
        check("{\"count\": 0, \"slug\": \"Ugyldig\", \"homepage\": \"javascript:alert(1)\"}");

    assertEquals(
        List.of(
            violation("fields.count", "must be at least 1.0"),
            violation("fields.slug", "must be lower-case letters a-z, digits and single hyphens"),
            violation("fields.homepage", "must be an absolute http, https or mailto URL")),
        outcome.violations());
  }

  @Test
  void checkRequiredReportsEveryMissingRequiredField() {
    TypeDefinition type =
        definition(
            """
            {"key": "t", "name": {"nb": "T"}, "fields": [
              {"key": "title", "type": "text", "required": true},
              {"key": "tags", "type": "tags", "required": true},
              {"key": "lead", "type": "text"},
              {"key": "year", "type": "number", "required": true}
            ]}
            """);

    Violations violations = new Violations();
    new FieldValidator(BLOCK_LOOKUP, violations)
        .checkRequired(
            type.fields(),
            JsonDocuments.parseObject("{\"title\": \"\", \"tags\": [], \"year\": 0}"),
            "fields");

    assertEquals(
        List.of(violation("fields.title", "is required"), violation("fields.tags", "is required")),
        violations.list());
  }

  @Test
  void isEmptyMeansMissingNullEmptyStringOrEmptyArray() {
    assertTrue(FieldValidator.isEmpty(null));
    assertTrue(FieldValidator.isEmpty(JsonValue.NULL));
    assertTrue(FieldValidator.isEmpty(Json.createValue("")));
    assertTrue(FieldValidator.isEmpty(JsonValue.EMPTY_JSON_ARRAY));
    assertFalse(FieldValidator.isEmpty(Json.createValue(" ")));
    assertFalse(FieldValidator.isEmpty(Json.createValue(0)));
    assertFalse(FieldValidator.isEmpty(JsonValue.FALSE));
    assertFalse(FieldValidator.isEmpty(JsonValue.EMPTY_JSON_OBJECT));
  }
}
