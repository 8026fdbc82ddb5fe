package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.ordna.cms.contenttype.domain.DefinitionChange.Kind;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class DefinitionDiffTest {

  private static TypeDefinition type(String fieldsJson) {
    return type("\"name\": {\"nb\": \"Artikkel\"}", fieldsJson);
  }

  private static TypeDefinition type(String properties, String fieldsJson) {
    Violations violations = new Violations();
    TypeDefinition definition =
        TypeDefinitionParser.parse(
            JsonDocuments.parseObject(
                "{\"key\": \"article\", " + properties + ", \"fields\": " + fieldsJson + "}"),
            TypeKind.CONTENT,
            violations);
    assertEquals(List.of(), violations.list());
    return definition;
  }

  private static List<DefinitionChange> diff(String beforeFields, String afterFields) {
    return DefinitionDiff.between(type(beforeFields), type(afterFields));
  }

  private static DefinitionChange change(Kind kind, String field, String detail) {
    return new DefinitionChange(kind, field, detail);
  }

  private static final String TITLE = "{\"key\": \"title\", \"type\": \"text\"}";
  private static final String LEAD = "{\"key\": \"lead\", \"type\": \"text\"}";

  @Test
  void sameDefinitionHasNoChanges() {
    String fields = "[" + TITLE + ", " + LEAD + "]";

    assertEquals(List.of(), diff(fields, fields));
  }

  @Test
  void addedFieldIsListedWithItsType() {
    assertEquals(
        List.of(change(Kind.FIELD_ADDED, "year", "number")),
        diff("[" + TITLE + "]", "[" + TITLE + ", {\"key\": \"year\", \"type\": \"number\"}]"));
  }

  @Test
  void removedFieldIsListed() {
    assertEquals(
        List.of(change(Kind.FIELD_REMOVED, "lead", null)),
        diff("[" + TITLE + ", " + LEAD + "]", "[" + TITLE + "]"));
  }

  @Test
  void changedFieldTypeIsListedWithOldAndNewType() {
    assertEquals(
        List.of(change(Kind.FIELD_TYPE_CHANGED, "code", "text -> number")),
        diff(
            "[{\"key\": \"code\", \"type\": \"text\", \"localized\": false}]",
            "[{\"key\": \"code\", \"type\": \"number\"}]"));
  }

  @Test
  void localizedFieldMadeSharedIsListed() {
    assertEquals(
        List.of(change(Kind.FIELD_LOCALIZATION_CHANGED, "lead", "localized -> shared")),
        diff("[" + LEAD + "]", "[{\"key\": \"lead\", \"type\": \"text\", \"localized\": false}]"));
  }

  @Test
  void sharedFieldMadeLocalizedIsListed() {
    assertEquals(
        List.of(change(Kind.FIELD_LOCALIZATION_CHANGED, "year", "shared -> localized")),
        diff(
            "[{\"key\": \"year\", \"type\": \"number\"}]",
            "[{\"key\": \"year\", \"type\": \"number\", \"localized\": true}]"));
  }

  @Test
  void fieldMadeRequiredIsListed() {
    assertEquals(
        List.of(change(Kind.FIELD_MADE_REQUIRED, "lead", null)),
        diff("[" + LEAD + "]", "[{\"key\": \"lead\", \"type\": \"text\", \"required\": true}]"));
  }

  @Test
  void fieldMadeOptionalIsAnOptionsChange() {
    assertEquals(
        List.of(change(Kind.FIELD_OPTIONS_CHANGED, "lead", null)),
        diff("[{\"key\": \"lead\", \"type\": \"text\", \"required\": true}]", "[" + LEAD + "]"));
  }

  @Test
  void changedTypeSpecificOptionIsAnOptionsChange() {
    assertEquals(
        List.of(change(Kind.FIELD_OPTIONS_CHANGED, "lead", null)),
        diff(
            "[{\"key\": \"lead\", \"type\": \"text\", \"maxLength\": 600}]",
            "[{\"key\": \"lead\", \"type\": \"text\", \"maxLength\": 300}]"));
  }

  @Test
  void changedDefaultLabelOrFallbackIsAnOptionsChange() {
    String before = "[{\"key\": \"lead\", \"type\": \"text\", \"label\": {\"nb\": \"Ingress\"}}]";
    for (String after :
        List.of(
            "[{\"key\": \"lead\", \"type\": \"text\", \"label\": {\"nb\": \"Ingress\"},"
                + " \"default\": \"\"}]",
            "[{\"key\": \"lead\", \"type\": \"text\", \"label\": {\"nb\": \"Innledning\"}}]",
            "[{\"key\": \"lead\", \"type\": \"text\", \"label\": {\"nb\": \"Ingress\"},"
                + " \"fallback\": false}]")) {
      assertEquals(
          List.of(change(Kind.FIELD_OPTIONS_CHANGED, "lead", null)), diff(before, after), after);
    }
  }

  @Test
  void reorderedFieldsAreListed() {
    assertEquals(
        List.of(change(Kind.FIELDS_REORDERED, null, null)),
        diff("[" + TITLE + ", " + LEAD + "]", "[" + LEAD + ", " + TITLE + "]"));
  }

  @Test
  void fieldAddedBetweenOthersIsNotAReordering() {
    assertEquals(
        List.of(change(Kind.FIELD_ADDED, "year", "number")),
        diff(
            "[" + TITLE + ", " + LEAD + "]",
            "[" + TITLE + ", {\"key\": \"year\", \"type\": \"number\"}, " + LEAD + "]"));
  }

  @Test
  void changedTypePropertiesAreListed() {
    String fields = "[" + TITLE + "]";
    TypeDefinition before = type("\"name\": {\"nb\": \"Artikkel\"}", fields);
    for (String properties :
        List.of(
            "\"name\": {\"nb\": \"Nyhetsartikkel\"}",
            "\"name\": {\"nb\": \"Artikkel\", \"se\": \"Artihkal\"}",
            "\"name\": {\"nb\": \"Artikkel\"}, \"description\": {\"nb\": \"Nyheter\"}",
            "\"name\": {\"nb\": \"Artikkel\"}, \"titleField\": \"title\"",
            "\"name\": {\"nb\": \"Artikkel\"}, \"reviewRequired\": true",
            "\"name\": {\"nb\": \"Artikkel\"}, \"urlPattern\": \"/{locale}/{slug}\"")) {
      assertEquals(
          List.of(change(Kind.TYPE_PROPERTIES_CHANGED, null, null)),
          DefinitionDiff.between(before, type(properties, fields)),
          properties);
    }
  }

  @Test
  void severalChangesAreListedFieldByFieldThenAdditionsThenTheType() {
    assertEquals(
        List.of(
            change(Kind.FIELD_REMOVED, "lead", null),
            change(Kind.FIELD_MADE_REQUIRED, "title", null),
            change(Kind.FIELD_ADDED, "year", "number"),
            change(Kind.TYPE_PROPERTIES_CHANGED, null, null)),
        DefinitionDiff.between(
            type("[" + LEAD + ", " + TITLE + "]"),
            type(
                "\"name\": {\"nb\": \"Nyhet\"}",
                "[{\"key\": \"title\", \"type\": \"text\", \"required\": true},"
                    + " {\"key\": \"year\", \"type\": \"number\"}]")));
  }

  @Test
  void changeAsJsonNamesTheKindFieldAndDetail() {
    assertEquals(
        JsonDocuments.parseObject(
            "{\"change\": \"field_type_changed\", \"field\": \"code\","
                + " \"detail\": \"text -> number\"}"),
        change(Kind.FIELD_TYPE_CHANGED, "code", "text -> number").toJson());
    assertEquals(
        JsonDocuments.parseObject("{\"change\": \"fields_reordered\"}"),
        change(Kind.FIELDS_REORDERED, null, null).toJson());
  }
}
