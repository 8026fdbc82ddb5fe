package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/**
 * An array of up to {@code maxItems} tags of 1-100 characters, trimmed, the first spelling of each
 * kept when they differ only in case.
 */
final class TagsRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    throw new IllegalStateException("not a single value: tags");
  }

  @Override
  public Optional<JsonValue> check(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check.array(field, value, path).map(array -> tags(array, path, check));
  }

  private static JsonValue tags(JsonArray array, String path, FieldValidator check) {
    Set<String> seen = new HashSet<>();
    Set<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String tagPath = path + "[" + i + "]";
      check
          .string(array.get(i), tagPath)
          .map(String::strip)
          .ifPresent(
              tag -> {
                if (tag.isEmpty() || tag.length() > 100) {
                  check.report(tagPath, "must be 1-100 characters");
                } else if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                  tags.add(tag);
                }
              });
    }
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    tags.forEach(out::add);
    return out.build();
  }

  @Override
  public boolean holdsArray(FieldDefinition field) {
    return true;
  }

  @Override
  public boolean alwaysDelivered() {
    return false;
  }

  @Override
  public JsonObject schema(
      FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    return FieldRule.arraySchema(field, Jsons.createObjectBuilder().add("type", "string").build());
  }

  @Override
  public String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return "Array<string>";
  }

  /** Tags are indexed and compared in lower case, cut to what the index holds. */
  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    for (JsonValue tag : FieldRule.elements(value)) {
      if (tag instanceof JsonString text) {
        String lower = text.getString().toLowerCase(Locale.ROOT);
        into.accept(
            IndexEntry.text(
                lower.length() <= IndexEntry.MAX_TEXT
                    ? lower
                    : lower.substring(0, IndexEntry.MAX_TEXT)));
      }
    }
  }

  @Override
  public Optional<IndexEntry> filterValue(String text) {
    return IndexValues.filterText(text)
        .map(e -> IndexEntry.text(e.text().toLowerCase(Locale.ROOT)));
  }

  @Override
  public void searchText(
      FieldDefinition field,
      JsonValue value,
      Function<String, Optional<TypeDefinition>> blockTypes,
      Consumer<String> into) {
    for (JsonValue tag : FieldRule.elements(value)) {
      FieldType.TEXT.rule().searchText(field, tag, blockTypes, into);
    }
  }
}
