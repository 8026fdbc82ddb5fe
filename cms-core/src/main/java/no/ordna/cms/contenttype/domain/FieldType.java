package no.ordna.cms.contenttype.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of field a type can have. Each constant knows its wire name, which options it takes,
 * whether it may be the element of a {@code list}, whether a block may hold it, and whether it is
 * localized unless the definition says otherwise.
 */
public enum FieldType {
  TEXT(
      "text",
      true,
      true,
      true,
      Set.of("maxLength", "minLength", "multiline", "allowedValues", "translate")),
  RICH_TEXT("richText", false, true, true, Set.of("maxLength", "translate")),
  NUMBER("number", true, true, false, Set.of("min", "max", "integer")),
  BOOLEAN("boolean", true, true, false, Set.of()),
  DATE("date", true, true, false, Set.of()),
  DATE_TIME("dateTime", true, true, false, Set.of()),
  SLUG("slug", false, false, true, Set.of("from")),
  URL("url", true, true, false, Set.of()),
  REFERENCE("reference", true, true, false, Set.of("allowedTypes", "multiple", "maxItems")),
  ASSET("asset", true, true, false, Set.of("multiple", "maxItems")),
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
          "allowedTypes")),
  TAGS("tags", false, true, false, Set.of("maxItems")),
  BLOCKS("blocks", false, false, true, Set.of("allowedBlocks", "maxItems"));

  private final String wireName;
  private final boolean listElement;
  private final boolean allowedInBlock;
  private final boolean localizedByDefault;
  private final Set<String> options;

  FieldType(
      String wireName,
      boolean listElement,
      boolean allowedInBlock,
      boolean localizedByDefault,
      Set<String> options) {
    this.wireName = wireName;
    this.listElement = listElement;
    this.allowedInBlock = allowedInBlock;
    this.localizedByDefault = localizedByDefault;
    this.options = options;
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
