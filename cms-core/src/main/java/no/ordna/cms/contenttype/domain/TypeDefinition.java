package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.shared.Jsons;

/**
 * What a content type or block type is, as data: its key, names and descriptions per locale, its
 * ordered fields, the field that gives an item its title, whether publishing needs review, the
 * front-end URL pattern used for sitemaps and feeds, and the front end's preview URL (where editors
 * see a draft with a preview token). Immutable; checked by {@link TypeDefinitionParser}.
 */
public record TypeDefinition(
    String key,
    TypeKind kind,
    Map<String, String> name,
    Map<String, String> description,
    String titleField,
    boolean reviewRequired,
    String urlPattern,
    String previewUrl,
    List<FieldDefinition> fields) {

  public TypeDefinition {
    name = Map.copyOf(name);
    description = Map.copyOf(description);
    fields = List.copyOf(fields);
  }

  public Optional<FieldDefinition> field(String fieldKey) {
    return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
  }

  /** The slug field, if the type has one (at most one is allowed). */
  public Optional<FieldDefinition> slugField() {
    return fields.stream().filter(f -> f.type() == FieldType.SLUG).findFirst();
  }

  /** The field an item's title comes from: {@code titleField}, else the first text field. */
  public Optional<FieldDefinition> titleDefinition() {
    if (titleField != null) {
      return field(titleField);
    }
    return fields.stream().filter(f -> f.type() == FieldType.TEXT).findFirst();
  }

  public TypeDefinition withKind(TypeKind newKind) {
    return new TypeDefinition(
        key,
        newKind,
        name,
        description,
        titleField,
        reviewRequired,
        urlPattern,
        previewUrl,
        fields);
  }

  public JsonObject toJson() {
    JsonObjectBuilder json = Jsons.createObjectBuilder().add("key", key);
    json.add("name", localizedText(name));
    if (!description.isEmpty()) {
      json.add("description", localizedText(description));
    }
    if (titleField != null) {
      json.add("titleField", titleField);
    }
    if (kind == TypeKind.CONTENT) {
      json.add("reviewRequired", reviewRequired);
      if (urlPattern != null) {
        json.add("urlPattern", urlPattern);
      }
      if (previewUrl != null) {
        json.add("previewUrl", previewUrl);
      }
    }
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    fields.forEach(f -> array.add(f.toJson()));
    json.add("fields", array);
    return json.build();
  }

  private static JsonObjectBuilder localizedText(Map<String, String> texts) {
    JsonObjectBuilder builder = Jsons.createObjectBuilder();
    texts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> builder.add(e.getKey(), e.getValue()));
    return builder;
  }
}
