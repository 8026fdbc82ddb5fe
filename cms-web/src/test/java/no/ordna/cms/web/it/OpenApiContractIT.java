package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.ContractGaps;
import no.ordna.cms.web.it.support.RawHttp;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document as a front-end developer's tools see it: valid for a standard parser
 * (swagger-parser, JSON and YAML alike, not one message), the Problem schema and bearer scheme
 * defined, every error a problem, every management operation behind the bearer token, every
 * operation tagged and named; and the interactive reference at /api/docs. What operations still
 * lack (unique operationIds, response schemas, request bodies) is written to {@code
 * target/contract-gaps.md} by {@link ContractGaps}.
 */
@ExtendWith(SharedServer.class)
class OpenApiContractIT {

  private static OpenAPI document;

  private static synchronized OpenAPI document(Api api) {
    if (document == null) {
      document = parse(api.anonymous().get("/openapi", "Accept", "application/json")).getOpenAPI();
    }
    return document;
  }

  private static SwaggerParseResult parse(Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(reply.body(), null, options);
  }

  @Test
  void theDocumentIsValidForAStandardParserInJsonAndInYaml(Api api) {
    Reply json = api.anonymous().get("/openapi", "Accept", "application/json");
    Reply yaml = api.anonymous().get("/openapi");

    assertTrue(yaml.body().startsWith("openapi:"), yaml.body());
    for (Reply reply : List.of(json, yaml)) {
      SwaggerParseResult result = parse(reply);
      assertEquals(List.of(), result.getMessages());
      assertNotNull(result.getOpenAPI());
      assertTrue(result.getOpenAPI().getPaths().size() > 40, "the whole API is described");
    }
    assertEquals(
        operations(document(api)).size(),
        operations(document(api)).values().stream()
            .map(Operation::getOperationId)
            .distinct()
            .count(),
        "operationIds are unique");
    assertFalse(json.json().containsKey("endpoints"), "Payara's own member is gone");
    assertFalse(yaml.body().contains("\nendpoints:"), "Payara's own member is gone");
  }

  @Test
  void schemasSayOnlyWhatTheAnswersMean(Api api) {
    JsonObject json = api.anonymous().get("/openapi", "Accept", "application/json").json();
    // defaults Payara copies from the annotations; maxProperties 0 would allow only empty objects
    List<String> copied = new ArrayList<>();
    annotationDefaults(json, "", copied);
    assertEquals(List.of(), copied);
    Schema<?> delivery =
        document(api)
            .getPaths()
            .get("/api/v1/manage/webhooks/{id}/deliveries/{deliveryId}")
            .getGet()
            .getResponses()
            .get("200")
            .getContent()
            .get("application/json")
            .getSchema();
    if (delivery.get$ref() != null) {
      delivery = document(api).getComponents().getSchemas().get("DeliveryResponse");
    }
    Schema<?> occurredAt = delivery.getProperties().get("occurredAt");
    assertEquals("string", occurredAt.getType(), "an instant is a string");
    assertEquals("date-time", occurredAt.getFormat());
  }

  private static final Map<String, JsonValue> ANNOTATION_DEFAULTS =
      Map.of(
          "maxProperties", Json.createValue(0),
          "minLength", Json.createValue(0),
          "nullable", JsonValue.FALSE,
          "readOnly", JsonValue.FALSE,
          "uniqueItems", JsonValue.FALSE,
          "exclusiveMaximum", JsonValue.FALSE);

  /** The JSON pointers of members that hold an annotation default, below {@code value}. */
  private static void annotationDefaults(JsonValue value, String at, List<String> found) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (name, member) -> {
            if (member.equals(ANNOTATION_DEFAULTS.get(name)) && !at.endsWith("/properties")) {
              found.add(at + "/" + name);
            } else {
              annotationDefaults(member, at + "/" + name, found);
            }
          });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        annotationDefaults(array.get(i), at + "/" + i, found);
      }
    }
  }

  @Test
  void theServerIsTheConfiguredPublicAddressNotTheRequestsHost(Api api) {
    RawHttp.Answer forged =
        RawHttp.send(
            api.base(), "GET", "/openapi", null, "Host: evil.example", "Accept: application/json");
    assertEquals(200, forged.status());
    assertFalse(forged.text().contains("evil.example"), "the Host header is never believed");
    assertEquals(
        List.of("http://localhost:" + api.base().getPort()),
        document(api).getServers().stream().map(s -> s.getUrl()).toList());
  }

  @Test
  void problemsAndTheBearerSchemeAreDefinedOnce(Api api) {
    var components = document(api).getComponents();
    Schema<?> problem = components.getSchemas().get("Problem");
    assertNotNull(problem);
    assertTrue(problem.getRequired().containsAll(List.of("type", "title", "status")));
    assertTrue(
        problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "detail")));
    Schema<?> errors = problem.getProperties().get("errors");
    assertEquals("#/components/schemas/Violation", errors.getItems().get$ref());
    assertTrue(
        components
            .getSchemas()
            .get("Violation")
            .getProperties()
            .keySet()
            .containsAll(List.of("path", "message")));
    SecurityScheme bearer = components.getSecuritySchemes().get("bearer");
    assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
    assertEquals("bearer", bearer.getScheme());
  }

  @Test
  void everyOperationSaysItMayAnswer503(Api api) {
    List<String> missing = new ArrayList<>();
    operations(document(api))
        .forEach(
            (name, operation) -> {
              if (operation.getResponses().get("503") == null) {
                missing.add(name);
              }
            });
    assertEquals(List.of(), missing);
  }

  @Test
  void everyErrorResponseIsAProblem(Api api) {
    List<String> wrong = new ArrayList<>();
    operations(document(api))
        .forEach(
            (name, operation) -> {
              assertNotNull(operation.getResponses().get("default"), name);
              operation
                  .getResponses()
                  .forEach(
                      (code, response) -> {
                        if (code.equals("default") || code.matches("[45]\\d\\d")) {
                          MediaType problem =
                              response.getContent() == null
                                  ? null
                                  : response.getContent().get("application/problem+json");
                          if (problem == null
                              || !"#/components/schemas/Problem"
                                  .equals(problem.getSchema().get$ref())) {
                            wrong.add(name + " " + code);
                          }
                        }
                      });
            });
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyManagementOperationNeedsTheBearerToken(Api api) {
    List<String> open = new ArrayList<>();
    operations(document(api))
        .forEach(
            (name, operation) -> {
              if (name.contains(" /api/v1/manage")) {
                boolean bearer =
                    operation.getSecurity() != null
                        && operation.getSecurity().stream().anyMatch(r -> r.containsKey("bearer"));
                ApiResponse unauthorized = operation.getResponses().get("401");
                if (!bearer || unauthorized == null) {
                  open.add(name);
                }
              }
            });
    assertEquals(List.of(), open);
  }

  @Test
  void everyOperationThatTakesIfMatchListsItsTwoRefusals(Api api) {
    List<String> missing = new ArrayList<>();
    int taking = 0;
    for (Map.Entry<String, Operation> entry : operations(document(api)).entrySet()) {
      Operation operation = entry.getValue();
      boolean ifMatch =
          operation.getParameters() != null
              && operation.getParameters().stream()
                  .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()));
      if (ifMatch) {
        taking++;
        for (String code : List.of("412", "428")) {
          if (operation.getResponses().get(code) == null) {
            missing.add(entry.getKey() + " " + code);
          }
        }
      }
    }
    assertTrue(taking >= 15, "every write of an existing resource takes If-Match: " + taking);
    assertEquals(List.of(), missing);
  }

  @Test
  void everyOperationHasATagAndAnOperationId(Api api) {
    List<String> missing = new ArrayList<>();
    operations(document(api))
        .forEach(
            (name, operation) -> {
              if (operation.getTags() == null || operation.getTags().isEmpty()) {
                missing.add(name + ": no tag");
              }
              if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                missing.add(name + ": no operationId");
              }
            });
    assertEquals(List.of(), missing);
  }

  @Test
  void pathTemplatesAreOpenApiOnesWithoutRegexes(Api api) {
    OpenAPI doc = document(api);
    assertFalse(doc.getPaths().keySet().stream().anyMatch(p -> p.contains(":")), "no regexes");
    Operation one =
        doc.getPaths()
            .get("/api/v1/manage/items/{id}/variants/{locale}/revisions/{number}")
            .getGet();
    Schema<?> number =
        one.getParameters().stream()
            .filter(p -> p.getName().equals("number"))
            .findFirst()
            .orElseThrow()
            .getSchema();
    assertEquals("integer", number.getType());
  }

  @Test
  void theApiReferenceIsServedUnderAPolicyThatRunsNoInlineScript(Api api) {
    Api anonymous = api.anonymous();
    assertEquals(301, anonymous.get("/api/docs").status());
    Reply page = anonymous.get("/api/docs/");
    assertEquals(200, page.status(), page.body());
    String policy = page.header("Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script: " + page.body());
    Matcher sources = Pattern.compile("(?:src|href)=\"\\./([^\"]+)\"").matcher(page.body());
    int files = 0;
    while (sources.find()) {
      Reply file = anonymous.get("/api/docs/" + sources.group(1));
      assertEquals(200, file.status(), sources.group(1));
      files++;
    }
    assertTrue(files >= 5, page.body());
    Reply init = anonymous.get("/api/docs/init.js");
    assertTrue(init.body().contains("url: '/openapi'"), init.body());
    assertEquals(404, anonymous.get("/api/docs/../../WEB-INF/web.xml").status());
    assertEquals(404, anonymous.get("/api/docs/oauth2-redirect.html").status());
  }

  /** Every operation by "METHOD /path". */
  static Map<String, Operation> operations(OpenAPI doc) {
    Map<String, Operation> all = new TreeMap<>();
    doc.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> all.put(method + " " + path, operation)));
    return all;
  }

  /** Records what operations still lack, for docs/contract-todo.md. */
  @AfterAll
  static void writeWhatIsStillMissing() throws IOException {
    if (document == null) {
      return;
    }
    Path report = Path.of("target", "contract-gaps.md");
    Files.writeString(report, ContractGaps.report(document));
  }
}
