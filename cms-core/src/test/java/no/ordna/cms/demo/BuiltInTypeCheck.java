package no.ordna.cms.demo;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.ordna.cms.contenttype.application.BuiltInTypes;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldValidator;
import no.ordna.cms.contenttype.domain.ReferenceCheck;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Violations;

/**
 * Checks demo fields against the built-in types with {@link FieldValidator}, as the content service
 * would, without a database: each {@code $ref} becomes a stable UUID derived from its key ({@link
 * #idOf}), so the references found can be traced back to the entries they name.
 */
final class BuiltInTypeCheck {

  static final Map<String, TypeDefinition> CONTENT_TYPES = types(TypeKind.CONTENT);
  static final Map<String, TypeDefinition> BLOCK_TYPES = types(TypeKind.BLOCK);

  private BuiltInTypeCheck() {}

  /**
   * Every problem with the values, plus every field in {@code required} (without default) left out.
   */
  static Violations validate(
      TypeDefinition type, JsonObject fields, List<FieldDefinition> required, String path) {
    Violations violations = new Violations();
    FieldValidator validator = validator(violations);
    JsonObject checked = validator.check(type, substituted(fields), path);
    List<FieldDefinition> withoutDefault =
        required.stream().filter(f -> f.defaultValue() == null).toList();
    validator.checkRequired(withoutDefault, checked, path);
    return violations;
  }

  /** The references in the values, with the ids {@link #idOf} gives their keys. */
  static List<ReferenceCheck> references(TypeDefinition type, JsonObject fields, String path) {
    FieldValidator validator = validator(new Violations());
    validator.check(type, substituted(fields), path);
    return validator.references();
  }

  /** A stable item id per entry key. */
  static String idOf(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static FieldValidator validator(Violations violations) {
    return new FieldValidator(key -> Optional.ofNullable(BLOCK_TYPES.get(key)), violations);
  }

  private static JsonObject substituted(JsonObject fields) {
    return DemoDataset.resolve(fields, BuiltInTypeCheck::idOf).asJsonObject();
  }

  private static Map<String, TypeDefinition> types(TypeKind kind) {
    Map<String, TypeDefinition> types = new HashMap<>();
    BuiltInTypes.definitions().stream()
        .filter(t -> t.kind() == kind)
        .forEach(t -> types.put(t.key(), t));
    return types;
  }
}
