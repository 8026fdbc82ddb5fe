package no.ordna.cms.delivery.contract;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.shared.Jsons;

/**
 * The JSON Schema (draft 2020-12) of one content type's delivery answer ({@code GET
 * /api/v1/content/{type}/{idOrSlug}}), made from the type's definition as it is now: the item's
 * envelope, its fields with their types and limits, blocks as a union discriminated by {@code
 * type}, references and assets as ids (resolved in {@code included} and {@code assets}), and the
 * configured locales. The same {@code $defs/item} describes an element of the type's list answer.
 *
 * <p>A field marked required is required in the schema when delivery always carries it: scalar
 * fields. References and assets may be left out (a referenced item that is not published in the
 * reader's locale chain is not leaked), and {@code ?fields=} selects fewer.
 */
public final class DeliverySchema {

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private final TypeDefinition type;
  private final Map<String, TypeDefinition> blockTypes;
  private final List<String> locales;

  public DeliverySchema(
      TypeDefinition type, Map<String, TypeDefinition> blockTypes, List<String> locales) {
    this.type = type;
    this.blockTypes = blockTypes;
    this.locales = List.copyOf(locales);
  }

  /** The schema document; {@code id} is its own address. */
  public JsonObject document(String id) {
    JsonObjectBuilder defs = Jsons.createObjectBuilder();
    defs.add("locale", localeSchema());
    defs.add("item", item());
    defs.add("includedItem", includedItem());
    defs.add("asset", AssetSchema.asset());
    for (String blockKey : usedBlocks()) {
      TypeDefinition block = blockTypes.get(blockKey);
      if (block != null) {
        defs.add(blockDef(blockKey), block(block));
      }
    }
    JsonObjectBuilder properties = Jsons.createObjectBuilder();
    properties.add("requestedLocale", ref("locale"));
    properties.add(
        "availableLocales",
        Jsons.createObjectBuilder().add("type", "array").add("items", ref("locale")));
    properties.add(
        "included",
        Jsons.createObjectBuilder()
            .add("type", "object")
            .add("additionalProperties", ref("includedItem")));
    properties.add(
        "assets",
        Jsons.createObjectBuilder()
            .add("type", "object")
            .add("additionalProperties", ref("asset")));
    return Jsons.createObjectBuilder()
        .add("$schema", DRAFT)
        .add("$id", id)
        .add("title", "Delivery answer of content type '" + type.key() + "'")
        .add(
            "description",
            "One published item of type '"
                + type.key()
                + "' in the reader's locale, with referenced items and assets;"
                + " $defs/item is an element of the type's list answer.")
        .add("$ref", "#/$defs/item")
        .add("properties", properties)
        .add("unevaluatedProperties", false)
        .add("$defs", defs)
        .build();
  }

  private JsonObject item() {
    JsonObjectBuilder properties = envelope(Jsons.createObjectBuilder().add("const", type.key()));
    properties.add("fields", fields(type.fields()));
    return Jsons.createObjectBuilder()
        .add("type", "object")
        .add(
            "required",
            Jsons.createArrayBuilder(
                List.of(
                    "id",
                    "type",
                    "locale",
                    "title",
                    "revision",
                    "publishedAt",
                    "firstPublishedAt",
                    "publishDate",
                    "fallback",
                    "fields")))
        .add("properties", properties)
        .build();
  }

  /** An item of any type in {@code included}: its envelope, fields not described here. */
  private JsonObject includedItem() {
    JsonObjectBuilder properties = envelope(Jsons.createObjectBuilder().add("type", "string"));
    properties.add("fields", Jsons.createObjectBuilder().add("type", "object"));
    return Jsons.createObjectBuilder()
        .add("type", "object")
        .add("required", Jsons.createArrayBuilder(List.of("id", "type", "locale", "fields")))
        .add("properties", properties)
        .add("additionalProperties", false)
        .build();
  }

  private JsonObjectBuilder envelope(JsonObjectBuilder typeSchema) {
    return Jsons.createObjectBuilder()
        .add("id", string("uuid"))
        .add("type", typeSchema)
        .add("locale", ref("locale"))
        .add(
            "slug",
            Jsons.createObjectBuilder()
                .add("type", Jsons.createArrayBuilder().add("string").add("null")))
        .add("title", Jsons.createObjectBuilder().add("type", "string"))
        .add("revision", Jsons.createObjectBuilder().add("type", "integer").add("minimum", 1))
        .add("publishedAt", string("date-time"))
        .add("firstPublishedAt", string("date-time"))
        .add("publishDate", string("date-time"))
        .add(
            "fallback",
            Jsons.createObjectBuilder()
                .add("type", "boolean")
                .add("description", "true when served in another locale than the one asked for"))
        .add(
            "fieldFallbacks",
            Jsons.createObjectBuilder()
                .add("type", "object")
                .add(
                    "description",
                    "fields empty in the served locale, with the locale their value came from")
                .add("additionalProperties", ref("locale")));
  }

  private JsonObject fields(List<FieldDefinition> definitions) {
    JsonObjectBuilder properties = Jsons.createObjectBuilder();
    JsonArrayBuilder required = Jsons.createArrayBuilder();
    for (FieldDefinition field : definitions) {
      properties.add(field.key(), FieldSchemas.of(field, this::blockUnion));
      if (field.required() && field.type().alwaysDelivered()) {
        required.add(field.key());
      }
    }
    return Jsons.createObjectBuilder()
        .add("type", "object")
        .add("properties", properties)
        .add("required", required)
        .add("additionalProperties", false)
        .build();
  }

  private JsonObject block(TypeDefinition block) {
    return Jsons.createObjectBuilder()
        .add("type", "object")
        .add("required", Jsons.createArrayBuilder(List.of("type", "id", "fields")))
        .add(
            "properties",
            Jsons.createObjectBuilder()
                .add("type", Jsons.createObjectBuilder().add("const", block.key()))
                .add("id", Jsons.createObjectBuilder().add("type", "string"))
                .add("fields", fields(block.fields())))
        .add("additionalProperties", false)
        .build();
  }

  /** The blocks a {@code blocks} field allows: one of them, told apart by {@code type}. */
  private JsonObject blockUnion(FieldDefinition field) {
    List<String> allowed = allowedBlocks(field);
    JsonArrayBuilder oneOf = Jsons.createArrayBuilder();
    allowed.stream().filter(blockTypes::containsKey).forEach(key -> oneOf.add(ref(blockDef(key))));
    return Jsons.createObjectBuilder().add("oneOf", oneOf).build();
  }

  private List<String> allowedBlocks(FieldDefinition field) {
    List<String> allowed = field.stringListOption("allowedBlocks");
    return allowed.isEmpty() ? blockTypes.keySet().stream().sorted().toList() : allowed;
  }

  private List<String> usedBlocks() {
    return type.fields().stream()
        .filter(f -> f.type() == FieldType.BLOCKS)
        .flatMap(f -> allowedBlocks(f).stream())
        .distinct()
        .toList();
  }

  private JsonObject localeSchema() {
    return Jsons.createObjectBuilder()
        .add("type", "string")
        .add("enum", Jsons.createArrayBuilder(locales))
        .add("description", "a configured locale (BCP 47)")
        .build();
  }

  static String blockDef(String blockKey) {
    return "block:" + blockKey;
  }

  static JsonObject ref(String def) {
    return Jsons.createObjectBuilder().add("$ref", "#/$defs/" + def).build();
  }

  static JsonObject string(String format) {
    return Jsons.createObjectBuilder().add("type", "string").add("format", format).build();
  }

  static JsonValue none() {
    return JsonValue.EMPTY_JSON_OBJECT;
  }
}
