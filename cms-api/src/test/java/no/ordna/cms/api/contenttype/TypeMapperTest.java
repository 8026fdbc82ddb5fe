package no.ordna.cms.api.contenttype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.ordna.cms.contenttype.application.TypeDetails;
import no.ordna.cms.contenttype.application.TypeUpdate;
import no.ordna.cms.contenttype.domain.DefinitionChange;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import org.junit.jupiter.api.Test;

/** Types go over the wire as their definition's JSON followed by their metadata. */
class TypeMapperTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  private static final FieldDefinition TEXT =
      new FieldDefinition(
          "text",
          FieldType.TEXT,
          true,
          true,
          Map.of("nb", "Tekst"),
          true,
          null,
          Json.createObjectBuilder().add("maxLength", 200).build());

  private static TypeDetails details(TypeDefinition definition) {
    return new TypeDetails(
        definition,
        definition.kind(),
        3,
        false,
        Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-02T00:00:00Z"),
        "admin",
        "\"t3\"");
  }

  @Test
  void aContentTypeIsItsDefinitionThenItsVersionAndAuthor() {
    TypeDefinition definition =
        new TypeDefinition(
            "quote-page",
            TypeKind.CONTENT,
            Map.of("nb", "Sitat", "en", "Quote"),
            Map.of(),
            "text",
            true,
            null,
            "/preview/{id}",
            List.of(TEXT));
    TypeDetails type = details(definition);

    String expected =
        definition.toJson().toString().replaceFirst("}$", "")
            + ",\"kind\":\"content\",\"version\":3,\"builtIn\":false,"
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-02T00:00:00Z\","
            + "\"updatedBy\":\"admin\"}";
    assertEquals(expected, jsonb.toJson(TypeMapper.view(type)));
  }

  @Test
  void aBlockTypeHasNoContentTypeProperties() {
    TypeDefinition definition =
        new TypeDefinition(
            "quote",
            TypeKind.BLOCK,
            Map.of("nb", "Sitat"),
            Map.of("nb", "Et sitat"),
            null,
            false,
            null,
            null,
            List.of(TEXT));

    assertEquals(
        "{\"key\":\"quote\",\"name\":{\"nb\":\"Sitat\"},\"description\":{\"nb\":\"Et sitat\"},"
            + "\"fields\":[{\"key\":\"text\",\"type\":\"text\",\"localized\":true,"
            + "\"required\":true,\"label\":{\"nb\":\"Tekst\"},\"fallback\":true,"
            + "\"maxLength\":200}],\"kind\":\"block\",\"version\":3,\"builtIn\":false,"
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-02T00:00:00Z\","
            + "\"updatedBy\":\"admin\"}",
        jsonb.toJson(TypeMapper.view(details(definition))));
    assertEquals(definition.toJson().getJsonArray("fields").toString(), fieldsOf(definition));
  }

  @Test
  void aChangeListsWhatChangedAndTheMigrations() {
    TypeDefinition definition =
        new TypeDefinition(
            "quote",
            TypeKind.BLOCK,
            Map.of("nb", "Sitat"),
            Map.of(),
            null,
            false,
            null,
            null,
            List.of(TEXT));
    TypeUpdate update =
        new TypeUpdate(
            details(definition),
            List.of(new DefinitionChange(DefinitionChange.Kind.FIELD_ADDED, "text", null)),
            List.of("filled text"));

    String json = jsonb.toJson(TypeMapper.changed(update));

    assertEquals(
        "\"updatedBy\":\"admin\",\"changes\":[{\"change\":\"field_added\",\"field\":\"text\"}],"
            + "\"migrations\":[\"filled text\"]}",
        json.substring(json.indexOf("\"updatedBy\"")));
  }

  private String fieldsOf(TypeDefinition definition) {
    return Json.createReader(
            new java.io.StringReader(jsonb.toJson(TypeMapper.view(details(definition)))))
        .readObject()
        .getOrDefault("fields", JsonValue.NULL)
        .toString();
  }
}
