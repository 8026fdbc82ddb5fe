package no.ordna.cms.api.contenttype;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ordna.cms.contenttype.application.TypeDetails;
import no.ordna.cms.contenttype.application.TypeUpdate;
import no.ordna.cms.contenttype.application.TypeVersionDetails;
import no.ordna.cms.contenttype.domain.DefinitionChange;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;

/** Content and block types as they go over the wire: the definition plus its metadata. */
public final class TypeMapper {

  private TypeMapper() {}

  public static TypeView view(TypeDetails type) {
    TypeDefinition definition = type.definition();
    boolean content = definition.kind() == TypeKind.CONTENT;
    return new TypeView(
        definition.key(),
        sorted(definition.name()),
        definition.description().isEmpty() ? null : sorted(definition.description()),
        definition.titleField(),
        content ? definition.reviewRequired() : null,
        content ? definition.urlPattern() : null,
        content ? definition.previewUrl() : null,
        fields(definition),
        type.kind().wireName(),
        type.version(),
        type.builtIn(),
        type.createdAt().toString(),
        type.updatedAt().toString(),
        type.updatedBy());
  }

  public static TypeList list(List<TypeDetails> types) {
    return new TypeList(types.stream().map(TypeMapper::view).toList());
  }

  public static TypeChangeView changed(TypeUpdate update) {
    TypeView type = view(update.type());
    return new TypeChangeView(
        type.key(),
        type.name(),
        type.description(),
        type.titleField(),
        type.reviewRequired(),
        type.urlPattern(),
        type.previewUrl(),
        type.fields(),
        type.kind(),
        type.version(),
        type.builtIn(),
        type.createdAt().toString(),
        type.updatedAt().toString(),
        type.updatedBy(),
        update.changes().stream().map(TypeMapper::change).toList(),
        update.migrations());
  }

  public static TypeHistory history(List<TypeVersionDetails> versions) {
    return new TypeHistory(
        versions.stream()
            .map(
                v ->
                    new TypeVersionView(
                        v.version(),
                        v.createdAt().toString(),
                        v.createdBy(),
                        v.changes().getValuesAs(JsonObject.class).stream()
                            .map(TypeMapper::change)
                            .toList(),
                        v.definition()))
            .toList());
  }

  static DefinitionChangeView change(DefinitionChange change) {
    return change(change.toJson());
  }

  private static DefinitionChangeView change(JsonObject change) {
    return new DefinitionChangeView(
        change.getString("change", null),
        change.getString("field", null),
        change.getString("detail", null));
  }

  private static List<JsonObject> fields(TypeDefinition definition) {
    return definition.fields().stream().map(FieldDefinition::toJson).toList();
  }

  private static Map<String, String> sorted(Map<String, String> texts) {
    return new TreeMap<>(texts);
  }
}
