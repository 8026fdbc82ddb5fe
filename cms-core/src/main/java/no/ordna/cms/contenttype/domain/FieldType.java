package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The kinds of field a type can have. Each constant knows its wire name, which options it takes,
 * whether it may be the element of a {@code list}, whether a block may hold it, whether it is
 * localized unless the definition says otherwise, and its {@link FieldRule}: how its values are
 * checked and normalised, their shape in delivery answers, what the filter index holds of them and
 * how filters read their values, and the words they hold for search and translation. Adding a type
 * means adding a constant and its rule; the features ask the type, never switch over it.
 */
public enum FieldType {
  TEXT(
      "text",
      true,
      true,
      true,
      Set.of("maxLength", "minLength", "multiline", "allowedValues", "translate"),
      new TextRule()),
  RICH_TEXT("richText", false, true, true, Set.of("maxLength", "translate"), new RichTextRule()),
  NUMBER("number", true, true, false, Set.of("min", "max", "integer"), new NumberRule()),
  BOOLEAN("boolean", true, true, false, Set.of(), new BooleanRule()),
  DATE("date", true, true, false, Set.of(), new DateRule()),
  DATE_TIME("dateTime", true, true, false, Set.of(), new DateTimeRule()),
  SLUG("slug", false, false, true, Set.of("from"), new SlugRule()),
  URL("url", true, true, false, Set.of(), new UrlRule()),
  REFERENCE(
      "reference",
      true,
      true,
      false,
      Set.of("allowedTypes", "multiple", "maxItems"),
      new ReferenceRule()),
  ASSET("asset", true, true, false, Set.of("multiple", "maxItems"), new AssetRule()),
  LIST(
      "list",
      false,
      true,
      false,
      Set.of(
          "itemType",
          "maxItems",
          "maxLength",
          "minLength",
          "allowedValues",
          "min",
          "max",
          "integer",
          "allowedTypes"),
      new ListRule()),
  TAGS("tags", false, true, false, Set.of("maxItems"), new TagsRule()),
  BLOCKS("blocks", false, false, true, Set.of("allowedBlocks", "maxItems"), new BlocksRule());

  private final String wireName;
  private final boolean listElement;
  private final boolean allowedInBlock;
  private final boolean localizedByDefault;
  private final Set<String> options;
  private final FieldRule rule;

  FieldType(
      String wireName,
      boolean listElement,
      boolean allowedInBlock,
      boolean localizedByDefault,
      Set<String> options,
      FieldRule rule) {
    this.wireName = wireName;
    this.listElement = listElement;
    this.allowedInBlock = allowedInBlock;
    this.localizedByDefault = localizedByDefault;
    this.options = options;
    this.rule = rule;
  }

  /** How values of this type are checked and what shape they have in delivery answers. */
  FieldRule rule() {
    return rule;
  }

  /**
   * Whether a required field of this type is always in a delivery answer: scalars are; references,
   * assets and lists may be left out.
   */
  public boolean alwaysDelivered() {
    return rule.alwaysDelivered();
  }

  /**
   * The JSON Schema of a value of {@code field} (of this type) in a delivery answer; {@code
   * blockUnion} gives the schema of one block of a {@code blocks} field.
   */
  public JsonObject deliverySchema(
      FieldDefinition field, Function<FieldDefinition, JsonObject> blockUnion) {
    return rule.schema(field, blockUnion);
  }

  /**
   * The TypeScript type of a value of {@code field} (of this type) in a delivery answer; {@code
   * blockUnion} names the union of a {@code blocks} field's block types, {@code literal} quotes a
   * string as a TypeScript literal.
   */
  public String typeScript(
      FieldDefinition field,
      Function<FieldDefinition, String> blockUnion,
      UnaryOperator<String> literal) {
    return rule.typeScript(field, blockUnion, literal);
  }

  /** The type of the values filters, the index and search see: a list's item type, else this. */
  public FieldType valuesOf(FieldDefinition field) {
    return rule.elementType(field).orElse(this);
  }

  /**
   * The filter index's entries of a value of {@code field} (of this type): none for rich text and
   * blocks, one per element for arrays.
   */
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    rule.index(field, value, into);
  }

  /**
   * The index column a filter on {@code field} (of this type) compares; empty when the field cannot
   * be filtered on (rich text, blocks). A list filters as its item type.
   */
  public Optional<IndexColumn> filterColumn(FieldDefinition field) {
    return valuesOf(field).rule.filterColumn();
  }

  /**
   * A filter value for {@code field} (of this type) from a URL, as the index holds it; empty when
   * it is not valid for the field's values (or the field cannot be filtered on).
   */
  public Optional<IndexEntry> filterValue(FieldDefinition field, String text) {
    FieldRule values = valuesOf(field).rule;
    return values.filterColumn().isEmpty() ? Optional.empty() : values.filterValue(text);
  }

  /** The words one value of this type holds (for translation: plain or rich text, or none). */
  public TextForm textForm() {
    return rule.textForm();
  }

  /** Whether a value of this type is an array of blocks. */
  public boolean holdsBlocks() {
    return rule.holdsBlocks();
  }

  /**
   * The searchable parts of a value of {@code field} (of this type), in order; {@code blockTypes}
   * finds the types of blocks.
   */
  public void searchText(
      FieldDefinition field,
      JsonValue value,
      Function<String, Optional<TypeDefinition>> blockTypes,
      Consumer<String> into) {
    rule.searchText(field, value, blockTypes, into);
  }

  public String wireName() {
    return wireName;
  }

  /** Whether a {@code list} field may have this as its {@code itemType}. */
  public boolean isListElement() {
    return listElement;
  }

  public boolean isAllowedInBlock() {
    return allowedInBlock;
  }

  public boolean isLocalizedByDefault() {
    return localizedByDefault;
  }

  /** The type-specific option names a definition may carry besides the common ones. */
  public Set<String> options() {
    return options;
  }

  public static Optional<FieldType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }

  public static String wireNames() {
    return String.join(", ", Arrays.stream(values()).map(FieldType::wireName).toList());
  }
}
