package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery contract for front ends: a JSON Schema per content type that every delivery answer
 * meets (checked with a standard 2020-12 validator), and TypeScript declarations, both made live
 * from the types as they are defined.
 */
@ExtendWith(SharedServer.class)
class DeliveryContractIT {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static List<String> violations(Schema schema, String json) {
    List<Error> errors =
        schema.validate(
            json,
            InputFormat.JSON,
            (context, schemaContext) ->
                context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static Schema schemaOf(Api reader, String type) {
    Reply reply = reader.get("/api/v1/content-types/" + type + "/schema");
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/schema+json"));
    return REGISTRY.getSchema(reply.body(), InputFormat.JSON);
  }

  @Test
  void everyPublishedDemoItemMeetsTheSchemaOfItsType(Api api) {
    Api reader = api.anonymous();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (JsonValue value : api.get("/api/v1/manage/content-types").json().getJsonArray("items")) {
      String type = value.asJsonObject().getString("key");
      Schema schema = schemaOf(reader, type);
      JsonObject list = reader.get("/api/v1/content/" + type + "?limit=100").json();
      for (JsonValue item : list.getJsonArray("items")) {
        String id = item.asJsonObject().getString("id");
        for (String query : new String[] {"", "?include=2", "?locale=se"}) {
          Reply answer = reader.get("/api/v1/content/" + type + "/" + id + query);
          assertEquals(200, answer.status(), answer.body());
          violations(schema, answer.body())
              .forEach(v -> problems.add(type + "/" + id + query + " " + v));
          checked++;
        }
      }
    }

    assertTrue(checked > 40, "demo answers checked: " + checked);
    assertEquals(List.of(), problems);
  }

  @Test
  void anAnswerThatBreaksTheTypeIsRefusedByItsSchema(Api api) {
    Schema schema = schemaOf(api.anonymous(), "conference");
    JsonObject list = api.anonymous().get("/api/v1/content/conference?limit=1").json();
    String id = list.getJsonArray("items").getJsonObject(0).getString("id");
    String answer = api.anonymous().get("/api/v1/content/conference/" + id).body();

    assertEquals(List.of(), violations(schema, answer));
    assertFalse(
        violations(schema, answer.replace("\"fields\":{", "\"fields\":{\"surprise\":1,"))
            .isEmpty());
    assertFalse(
        violations(schema, answer.replaceFirst("\"number\":\\d+", "\"number\":\"two\"")).isEmpty());
    assertFalse(
        violations(schema, answer.replace("\"type\":\"conference\"", "\"type\":\"article\""))
            .isEmpty());
  }

  @Test
  void theContractFollowsATypeChangeAtOnce(Api api) {
    String type = createEventType(api);
    Reply schema = api.anonymous().get("/api/v1/content-types/" + type + "/schema");
    Reply declarations = api.anonymous().get("/api/v1/types.d.ts");
    assertEquals(200, schema.status());
    assertTrue(declarations.body().contains("'" + type + "'"), "a new type is declared at once");
    assertFalse(schema.body().contains("\"capacity\""));

    JsonObject definition = api.get("/api/v1/manage/content-types/" + type).json();
    String etag = api.get("/api/v1/manage/content-types/" + type).etag();
    String changed =
        definition
            .toString()
            .replace(
                "\"fields\":[",
                "\"fields\":[{\"key\":\"capacity\",\"type\":\"number\",\"integer\":true,\"min\":0},");
    Reply update =
        api.send("PUT", "/api/v1/manage/content-types/" + type, changed, "If-Match", etag);
    assertEquals(200, update.status(), update.body());

    Reply after = api.anonymous().get("/api/v1/content-types/" + type + "/schema");
    assertTrue(after.body().contains("\"capacity\":{\"type\":\"integer\""), after.body());
    assertNotEquals(schema.etag(), after.etag());
    assertEquals(
        200,
        api.anonymous()
            .get("/api/v1/content-types/" + type + "/schema", "If-None-Match", schema.etag())
            .status());
    assertEquals(
        304,
        api.anonymous()
            .get("/api/v1/content-types/" + type + "/schema", "If-None-Match", after.etag())
            .status());
    assertTrue(api.anonymous().get("/api/v1/types.d.ts").body().contains("capacity?: number;"));
  }

  @Test
  void theContractIsPublicAndCacheable(Api api) {
    Reply declarations = api.anonymous().get("/api/v1/types.d.ts");

    assertEquals(200, declarations.status());
    assertTrue(declarations.header("Content-Type").startsWith("application/typescript"));
    assertTrue(declarations.header("Cache-Control").startsWith("public"));
    assertEquals(
        304,
        api.anonymous().get("/api/v1/types.d.ts", "If-None-Match", declarations.etag()).status());
    assertTrue(
        declarations
            .body()
            .contains("export type Article = DeliveryItem<'article', ArticleFields>;"));
    assertTrue(declarations.body().contains("export interface QuoteBlock {"));
  }

  @Test
  void anUnknownTypeHasNoSchema(Api api) {
    Reply reply = api.anonymous().get("/api/v1/content-types/no-such-type/schema");

    assertEquals(404, reply.status());
    assertEquals("urn:ordna:problem:unknown-content-type", reply.json().getString("type"));
  }
}
