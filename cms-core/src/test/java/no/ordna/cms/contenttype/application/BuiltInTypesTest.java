package no.ordna.cms.contenttype.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Violations;
import org.junit.jupiter.api.Test;

class BuiltInTypesTest {

  private static final List<TypeDefinition> DEFINITIONS = BuiltInTypes.definitions();

  private static Set<String> keysOf(TypeKind kind) {
    return DEFINITIONS.stream()
        .filter(t -> t.kind() == kind)
        .map(TypeDefinition::key)
        .collect(Collectors.toSet());
  }

  private static boolean refersToItems(FieldDefinition field) {
    return field.type() == FieldType.REFERENCE
        || (field.type() == FieldType.LIST && field.itemType().orElse(null) == FieldType.REFERENCE);
  }

  @Test
  void everyBuiltInDefinitionParsesBlockTypesFirst() {
    assertEquals(
        List.of(
            "paragraph",
            "heading",
            "quote",
            "image",
            "video-embed",
            "document-link",
            "fact-box",
            "link-list",
            "organisation",
            "portrait",
            "document",
            "video",
            "conference",
            "article",
            "page"),
        DEFINITIONS.stream().map(TypeDefinition::key).toList());
    assertEquals(
        List.of(TypeKind.BLOCK, TypeKind.CONTENT),
        DEFINITIONS.stream().map(TypeDefinition::kind).distinct().toList());
  }

  @Test
  void everyBuiltInDefinitionSurvivesARoundTripThroughItsStoredForm() {
    for (TypeDefinition definition : DEFINITIONS) {
      Violations violations = new Violations();
      TypeDefinition again =
          TypeDefinitionParser.parse(definition.toJson(), definition.kind(), violations);
      assertEquals(List.of(), violations.list(), definition.key());
      assertEquals(definition, again, definition.key());
    }
  }

  @Test
  void everyAllowedTypeNamesABuiltInContentType() {
    Set<String> contentTypes = keysOf(TypeKind.CONTENT);
    List<String> unknown = new ArrayList<>();
    int checked = 0;
    for (TypeDefinition definition : DEFINITIONS) {
      for (FieldDefinition field : definition.fields()) {
        if (!refersToItems(field)) {
          continue;
        }
        for (String target : field.stringListOption("allowedTypes")) {
          checked++;
          if (!contentTypes.contains(target)) {
            unknown.add(definition.key() + "." + field.key() + " -> " + target);
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
    assertTrue(checked > 0, "the built-in types restrict some references");
  }

  @Test
  void allowedTypesAppearOnlyOnFieldsThatReferToItems() {
    for (TypeDefinition definition : DEFINITIONS) {
      for (FieldDefinition field : definition.fields()) {
        if (!refersToItems(field)) {
          assertEquals(
              List.of(),
              field.stringListOption("allowedTypes"),
              definition.key() + "." + field.key());
        }
      }
    }
  }

  @Test
  void everyAllowedBlockNamesABuiltInBlockType() {
    Set<String> blockTypes = keysOf(TypeKind.BLOCK);
    List<String> unknown = new ArrayList<>();
    for (TypeDefinition definition : DEFINITIONS) {
      for (FieldDefinition field : definition.fields()) {
        for (String block : field.stringListOption("allowedBlocks")) {
          if (!blockTypes.contains(block)) {
            unknown.add(definition.key() + "." + field.key() + " -> " + block);
          }
        }
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void everyTitleFieldNamesATextFieldOfItsType() {
    for (TypeDefinition definition : DEFINITIONS) {
      if (definition.titleField() != null) {
        assertEquals(
            FieldType.TEXT,
            definition.field(definition.titleField()).orElseThrow().type(),
            definition.key());
      }
    }
  }

  @Test
  void everyContentTypeHasATitleASlugAndAUrlPatternUsingIt() {
    for (TypeDefinition definition : DEFINITIONS) {
      if (definition.kind() == TypeKind.CONTENT) {
        assertTrue(definition.titleDefinition().isPresent(), definition.key());
        assertTrue(definition.slugField().isPresent(), definition.key());
        assertTrue(definition.urlPattern().contains("{slug}"), definition.key());
      }
    }
  }

  @Test
  void keysMatchTheKeyPatterns() {
    for (TypeDefinition definition : DEFINITIONS) {
      assertTrue(
          TypeDefinitionParser.TYPE_KEY.matcher(definition.key()).matches(), definition.key());
      for (FieldDefinition field : definition.fields()) {
        assertTrue(
            TypeDefinitionParser.FIELD_KEY.matcher(field.key()).matches(),
            definition.key() + "." + field.key());
      }
    }
  }

  @Test
  void blockTypesHoldOnlyFieldsABlockMayHold() {
    for (TypeDefinition definition : DEFINITIONS) {
      if (definition.kind() == TypeKind.BLOCK) {
        for (FieldDefinition field : definition.fields()) {
          assertTrue(field.type().isAllowedInBlock(), definition.key() + "." + field.key());
          assertFalse(field.localized(), definition.key() + "." + field.key());
        }
      }
    }
  }

  @Test
  void everyTypeHasABokmalName() {
    for (TypeDefinition definition : DEFINITIONS) {
      assertTrue(definition.name().containsKey("nb"), definition.key());
    }
  }
}
