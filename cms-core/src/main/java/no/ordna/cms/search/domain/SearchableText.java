package no.ordna.cms.search.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.FieldDefinition;
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
        field.type().searchText(field, value, blockTypes, parts::add);
      }
    }
    String text = String.join("\n", parts);
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
  }
}
