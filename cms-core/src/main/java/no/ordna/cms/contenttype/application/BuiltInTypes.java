package no.ordna.cms.contenttype.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinitionParser;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/**
 * The block and content types that ship with the product ({@code builtin/types.json}): enough to
 * model a public agency's strategy page with its documents, videos, conferences, news and people.
 */
public final class BuiltInTypes {

  private static final String RESOURCE = "/builtin/types.json";

  private BuiltInTypes() {}

  /** Block types first, then content types: the order they can be installed in. */
  public static List<TypeDefinition> definitions() {
    JsonObject json;
    try (InputStream in = BuiltInTypes.class.getResourceAsStream(RESOURCE);
        JsonReader reader = Jsons.createReader(in)) {
      json = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<TypeDefinition> definitions = new ArrayList<>();
    parse(json, "blockTypes", TypeKind.BLOCK, definitions);
    parse(json, "contentTypes", TypeKind.CONTENT, definitions);
    return definitions;
  }

  private static void parse(
      JsonObject json, String member, TypeKind kind, List<TypeDefinition> into) {
    for (JsonValue value : json.getJsonArray(member)) {
      Violations violations = new Violations();
      TypeDefinition definition =
          TypeDefinitionParser.parse(value.asJsonObject(), kind, violations);
      if (!violations.isEmpty()) {
        throw new IllegalStateException(
            "built-in type " + definition.key() + " is invalid: " + violations.list());
      }
      into.add(definition);
    }
  }
}
