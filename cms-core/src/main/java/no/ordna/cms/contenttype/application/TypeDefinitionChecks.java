package no.ordna.cms.contenttype.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.contenttype.persistence.ContentTypeRepository;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.Violations;

/**
 * Parses a definition and checks what the parser cannot alone: locales of names and labels are
 * configured, reference targets are existing content types (or the type itself), allowed blocks are
 * existing block types. Also answers which types name a given type.
 */
@ApplicationScoped
public class TypeDefinitionChecks {

  @Inject ContentTypeRepository types;
  @Inject LocaleService locales;

  public TypeDefinition parse(TypeKind kind, JsonObject json, Map<String, TypeDefinition> batch) {
    Violations violations = new Violations();
    TypeDefinition definition = TypeDefinitionParser.parse(json, kind, violations);
    checkLocales(definition.name().keySet(), "name", violations);
    checkLocales(definition.description().keySet(), "description", violations);
    for (FieldDefinition field : definition.fields()) {
      String path = "fields[" + sourceIndex(json, field.key()) + "]";
      checkLocales(field.label().keySet(), path + ".label", violations);
      boolean references =
          field.type() == FieldType.REFERENCE
              || (field.type() == FieldType.LIST
                  && field.itemType().orElse(null) == FieldType.REFERENCE);
      if (references) {
        for (String target : field.stringListOption("allowedTypes")) {
          boolean known =
              target.equals(definition.key()) && kind == TypeKind.CONTENT
                  || batch.containsKey(target)
                  || types.find(TypeKind.CONTENT, target).isPresent();
          if (!known) {
            violations.add(path + ".allowedTypes", "unknown content type '" + target + "'");
          }
        }
      }
      if (field.type() == FieldType.BLOCKS) {
        for (String block : field.stringListOption("allowedBlocks")) {
          if (types.find(TypeKind.BLOCK, block).isEmpty()) {
            violations.add(path + ".allowedBlocks", "unknown block type '" + block + "'");
          }
        }
      }
    }
    violations.throwIfAny("Invalid type definition");
    return definition;
  }

  /** Where a field stands in the request (parsing may have left out fields before it). */
  private static int sourceIndex(JsonObject json, String key) {
    JsonArray fields = json.getJsonArray("fields");
    for (int i = 0; i < fields.size(); i++) {
      JsonValue field = fields.get(i);
      if (field instanceof JsonObject object && key.equals(object.getString("key", null))) {
        return i;
      }
    }
    return -1;
  }

  private void checkLocales(Set<String> used, String path, Violations violations) {
    for (String locale : used) {
      if (!locales.settings().isConfigured(locale)) {
        violations.add(
            path + "." + locale, "unknown locale; configured: " + locales.settings().locales());
      }
    }
  }

  public Optional<TypeDefinition> blockType(String key) {
    return types.find(TypeKind.BLOCK, key).map(ContentType::definition);
  }

  /** Keys of the content types whose fields name {@code key} as a reference target or block. */
  public Set<String> typesReferring(TypeKind kind, String key) {
    Set<String> users = new TreeSet<>();
    for (ContentType type : types.list(TypeKind.CONTENT)) {
      for (FieldDefinition field : type.definition().fields()) {
        String option = kind == TypeKind.CONTENT ? "allowedTypes" : "allowedBlocks";
        if (!type.key().equals(key) && field.stringListOption(option).contains(key)) {
          users.add(type.key());
        }
      }
    }
    return users;
  }

  /** Content types that have a blocks field in which blocks of {@code blockKey} may stand. */
  public List<TypeDefinition> contentTypesUsingBlock(String blockKey) {
    return types.list(TypeKind.CONTENT).stream()
        .map(ContentType::definition)
        .filter(
            t ->
                t.fields().stream()
                    .anyMatch(
                        f ->
                            f.type() == FieldType.BLOCKS
                                && (f.stringListOption("allowedBlocks").isEmpty()
                                    || f.stringListOption("allowedBlocks").contains(blockKey))))
        .toList();
  }
}
