package no.ordna.cms.search.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.RichText;
import no.ordna.cms.contenttype.domain.TypeDefinition;

/**
 * The text a reader can search in an item's values, following its type as it is now (fields the
 * type no longer has are left out, as delivery leaves them out): text, rich text without its
 * markup, lists of text, tags, and the text and rich-text fields of every block (paragraphs, quotes
 * with their person and role, fact boxes, headings, captions, …). The title field is left out: the
 * title is indexed on its own. Parts are joined by line breaks, in field order.
 */
public final class SearchableText {

  /** Text beyond this many characters of one variant is not indexed. */
  public static final int MAX_CHARS = 100_000;

  private final Function<String, Optional<TypeDefinition>> blockTypes;

  public SearchableText(Function<String, Optional<TypeDefinition>> blockTypes) {
    this.blockTypes = blockTypes;
  }

  public String of(TypeDefinition type, JsonObject fields) {
    List<String> parts = new ArrayList<>();
    String titleKey = type.titleDefinition().map(FieldDefinition::key).orElse(null);
    for (FieldDefinition field : type.fields()) {
      JsonValue value = fields == null ? null : fields.get(field.key());
      if (value != null && !field.key().equals(titleKey)) {
        collect(field, field.type(), value, parts, true);
      }
    }
    String text = String.join("\n", parts);
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
  }

  private void collect(
      FieldDefinition field, FieldType type, JsonValue value, List<String> parts, boolean blocks) {
    switch (type) {
      case TEXT -> string(value).ifPresent(parts::add);
      case RICH_TEXT -> string(value).map(RichText::plainText).ifPresent(parts::add);
      case TAGS -> elements(value).forEach(v -> string(v).ifPresent(parts::add));
      case LIST -> {
        FieldType element = field.itemType().orElse(FieldType.TEXT);
        if (element == FieldType.TEXT || element == FieldType.RICH_TEXT) {
          elements(value).forEach(v -> collect(field, element, v, parts, false));
        }
      }
      case BLOCKS -> {
        if (blocks) {
          elements(value).forEach(block -> block(block, parts));
        }
      }
      default -> {
        // numbers, dates, slugs, URLs, references and assets are not words a reader looks for
      }
    }
  }

  private void block(JsonValue element, List<String> parts) {
    if (!(element instanceof JsonObject block) || !(block.get("fields") instanceof JsonObject)) {
      return;
    }
    JsonObject fields = block.getJsonObject("fields");
    blockTypes
        .apply(block.getString("type", ""))
        .ifPresent(
            type ->
                type.fields()
                    .forEach(
                        f -> {
                          JsonValue value = fields.get(f.key());
                          if (value != null) {
                            collect(f, f.type(), value, parts, false);
                          }
                        }));
  }

  private static Optional<String> string(JsonValue value) {
    return value instanceof JsonString text && !text.getString().isBlank()
        ? Optional.of(text.getString().strip())
        : Optional.empty();
  }

  private static List<JsonValue> elements(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of();
  }
}
