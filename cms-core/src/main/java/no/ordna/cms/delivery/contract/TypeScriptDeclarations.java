package no.ordna.cms.delivery.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinition;

/**
 * TypeScript declarations of the delivery API as the content types are defined now: one interface
 * per content type's item and fields, one per block type, and the shapes of the item, list, search
 * and error answers. Front ends import them ({@code import type { Article } from './cms'}) and
 * fetch them again when the types change.
 */
public final class TypeScriptDeclarations {

  /** Names the fixed part declares; a type whose own name would clash gets "Item" appended. */
  private static final Set<String> RESERVED =
      Set.of(
          "Locale",
          "ItemId",
          "AssetId",
          "RichTextHtml",
          "IsoDate",
          "IsoDateTime",
          "DeliveryItem",
          "Asset",
          "ItemAnswer",
          "ListAnswer",
          "SearchAnswer",
          "SearchHit",
          "Problem",
          "ProblemError",
          "ContentTypes",
          "ContentTypeKey",
          "AnyItem");

  private final List<TypeDefinition> contentTypes;
  private final Map<String, TypeDefinition> blockTypes;
  private final List<String> locales;
  private final Map<String, String> typeNames = new LinkedHashMap<>();

  public TypeScriptDeclarations(
      List<TypeDefinition> contentTypes,
      Map<String, TypeDefinition> blockTypes,
      List<String> locales) {
    this.contentTypes = List.copyOf(contentTypes);
    this.blockTypes = blockTypes;
    this.locales = List.copyOf(locales);
    for (TypeDefinition type : this.contentTypes) {
      String name = pascal(type.key());
      typeNames.put(type.key(), RESERVED.contains(name) ? name + "Item" : name);
    }
  }

  public String source(String siteName) {
    StringBuilder out = new StringBuilder();
    out.append("// Delivery API types of ")
        .append(siteName)
        .append(", made from its content types as they are defined now.\n")
        .append("// Served at /api/v1/types.d.ts; fetch again when the types change.\n\n");
    out.append(TypeScriptPreamble.text(locales));
    blockTypes.values().stream()
        .sorted((a, b) -> a.key().compareTo(b.key()))
        .forEach(block -> block(out, block));
    for (TypeDefinition type : contentTypes) {
      String name = typeNames.get(type.key());
      doc(out, "", "Fields of a '" + type.key() + "' item.");
      fields(out, name + "Fields", type.fields(), false);
      doc(out, "", "A published '" + type.key() + "' item.");
      out.append("export type ")
          .append(name)
          .append(" = DeliveryItem<")
          .append(literal(type.key()))
          .append(", ")
          .append(name)
          .append("Fields>;\n\n");
    }
    doc(out, "", "Every content type by key.");
    out.append("export interface ContentTypes {\n");
    typeNames.forEach(
        (key, name) ->
            out.append("  ").append(property(key)).append(": ").append(name).append(";\n"));
    out.append("}\n\n");
    out.append("export type ContentTypeKey = keyof ContentTypes;\n");
    out.append(
        contentTypes.isEmpty()
            ? "export type AnyItem = DeliveryItem;\n"
            : "export type AnyItem = ContentTypes[ContentTypeKey];\n");
    return out.toString();
  }

  private void block(StringBuilder out, TypeDefinition block) {
    String name = blockName(block.key());
    doc(out, "", "Fields of a '" + block.key() + "' block (in the locale of the item around it).");
    fields(out, name + "Fields", block.fields(), true);
    doc(out, "", "A '" + block.key() + "' block.");
    out.append("export interface ")
        .append(name)
        .append(" {\n  type: ")
        .append(literal(block.key()))
        .append(";\n  id: string;\n  fields: ")
        .append(name)
        .append("Fields;\n}\n\n");
  }

  private void fields(
      StringBuilder out, String name, List<FieldDefinition> fields, boolean inBlock) {
    out.append("export interface ").append(name).append(" {\n");
    for (FieldDefinition field : fields) {
      doc(
          out,
          "  ",
          field.type().wireName()
              + (inBlock ? "" : field.localized() ? ", localized" : ", shared by every locale")
              + field.label().entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> "; " + e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining()));
      boolean always = field.required() && field.type().alwaysDelivered();
      out.append("  ")
          .append(property(field.key()))
          .append(always ? ": " : "?: ")
          .append(valueType(field))
          .append(";\n");
    }
    out.append("}\n\n");
  }

  private String valueType(FieldDefinition field) {
    return field.type().typeScript(field, this::blockUnion, TypeScriptDeclarations::literal);
  }

  private String blockUnion(FieldDefinition field) {
    List<String> allowed = field.stringListOption("allowedBlocks");
    List<String> keys =
        (allowed.isEmpty() ? blockTypes.keySet().stream().sorted().toList() : allowed)
            .stream().filter(blockTypes::containsKey).toList();
    return keys.isEmpty()
        ? "never"
        : keys.stream().map(TypeScriptDeclarations::blockName).collect(Collectors.joining(" | "));
  }

  static String blockName(String key) {
    return pascal(key) + "Block";
  }

  static String pascal(String key) {
    StringBuilder name = new StringBuilder();
    for (String part : key.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      name.insert(0, "T");
    }
    return name.toString();
  }

  static String property(String key) {
    return key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? key : literal(key);
  }

  static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
  }

  static void doc(StringBuilder out, String indent, String text) {
    out.append(indent).append("/** ").append(text.replace("*/", "* /")).append(" */\n");
  }
}
