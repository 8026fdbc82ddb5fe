package no.ordna.cms.api.openapi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.api.problem.Problems;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the served OpenAPI document a standard one and completes what every operation shares
 * (configured as {@code mp.openapi.filter}): Payara's non-standard top-level {@code endpoints}
 * member is removed (validators refuse it), {@code servers} is the configured public base URL
 * ({@code cms.public-base-url}, never a request's {@code Host}), the {@code Problem} schema (RFC
 * 9457, as {@link Problems} writes it) and the {@code bearer} scheme are defined once, every error
 * response is {@code application/problem+json} with that schema, and every management operation
 * requires the bearer token and says so with its 401 and 403.
 */
public class ContractFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(ContractFilter.class.getName());

  static final String PROBLEM = "Problem";
  static final String BEARER = "bearer";
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
  private static final String MANAGEMENT = "/api/v1/manage";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    dropPayaraEndpoints(openAPI);
    distinctTags(openAPI);
    openAPI.setServers(
        List.of(OASFactory.createServer().url(publicBaseUrl()).description("This CMS")));
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema(PROBLEM, problemSchema());
    components.addSchema("Violation", violationSchema());
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description(
                "A token from POST /api/v1/auth/token, or a machine token; sent as"
                    + " Authorization: Bearer <token>"));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    PathTemplates.normalize(openAPI.getPaths());
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(ContractFilter::clean);
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              boolean management = path.startsWith(MANAGEMENT);
              if (item.getParameters() != null) {
                item.getParameters().forEach(p -> clean(p.getSchema()));
              }
              Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
              if (operations != null) {
                operations.forEach(
                    (method, operation) -> {
                      cleanSchemas(operation);
                      PathTemplates.completeParameters(operation);
                      completeRequestBody(operation);
                      // signing out revokes the token sent, so it needs one too
                      boolean signOut =
                          path.equals("/api/v1/auth/token") && method == PathItem.HttpMethod.DELETE;
                      complete(operation, management);
                      if (signOut) {
                        operation.setSecurity(List.of(bearerRequired()));
                        addIfMissing(operation.getResponses(), "401", "No valid bearer token");
                        operation.getResponses().getAPIResponse("401").setContent(problemContent());
                      }
                    });
              }
            });
  }

  /**
   * Payara lists a top-level tag once for every class that names it (validators refuse repeats):
   * one per name, the described one kept.
   */
  static void distinctTags(OpenAPI openAPI) {
    if (openAPI.getTags() == null) {
      return;
    }
    Map<String, Tag> byName = new java.util.LinkedHashMap<>();
    for (Tag tag : openAPI.getTags()) {
      Tag kept = byName.get(tag.getName());
      if (kept == null || (kept.getDescription() == null && tag.getDescription() != null)) {
        byName.put(tag.getName(), tag);
      }
    }
    openAPI.setTags(new java.util.ArrayList<>(byName.values()));
  }

  /**
   * Payara copies an annotation's {@code multipleOf} default (0) into schemas given with
   * {@code @Schema(type = …)}; a multipleOf must be above 0, so an unset one is dropped.
   */
  static void clean(Schema schema) {
    if (schema == null) {
      return;
    }
    dropAnnotationDefaults(schema);
    if (schema.getMultipleOf() != null
        && schema.getMultipleOf().compareTo(java.math.BigDecimal.ZERO) <= 0) {
      schema.setMultipleOf(null);
    }
    if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
      // Payara describes a JsonValue or a list of JSON values so; OpenAPI needs items (any here)
      schema.setItems(OASFactory.createSchema());
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ContractFilter::clean);
    }
    clean(schema.getItems());
    clean(schema.getAdditionalPropertiesSchema());
    clean(schema.getNot());
    for (List<Schema> group :
        java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (group != null) {
        group.forEach(ContractFilter::clean);
      }
    }
  }

  /**
   * Payara copies the defaults of every {@code @Schema} attribute into the schemas it makes from
   * annotated classes: {@code maxProperties: 0} (which would allow only empty objects), {@code
   * minLength: 0}, and {@code false} for nullable, readOnly, writeOnly, deprecated, uniqueItems and
   * the exclusive bounds. None of them is meant in this contract, so they are dropped.
   */
  static void dropAnnotationDefaults(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinItems())) {
      schema.setMinItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
  }

  private static void cleanSchemas(Operation operation) {
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(p -> clean(p.getSchema()));
    }
    if (operation.getRequestBody() != null) {
      cleanContent(operation.getRequestBody().getContent());
    }
    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
      operation
          .getResponses()
          .getAPIResponses()
          .values()
          .forEach(
              r -> {
                cleanContent(r.getContent());
                if (r.getHeaders() != null) {
                  r.getHeaders().values().forEach(h -> clean(h.getSchema()));
                }
              });
    }
  }

  private static void cleanContent(Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(m -> clean(m.getSchema()));
    }
  }

  /** A body read as bytes (an XLIFF file) is described by Payara as an array without items. */
  static void completeRequestBody(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return;
    }
    Map<String, MediaType> media = operation.getRequestBody().getContent().getMediaTypes();
    if (media == null) {
      return;
    }
    media.forEach(
        (type, content) -> {
          Schema schema = content.getSchema();
          if (schema != null
              && schema.getType() == Schema.SchemaType.ARRAY
              && schema.getItems() == null) {
            content.setSchema(
                OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
          }
        });
  }

  /** Problem responses, and the bearer token for management operations. */
  static void complete(Operation operation, boolean management) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (management) {
      if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
        operation.setSecurity(List.of(bearerRequired()));
      }
      addIfMissing(responses, "401", "No valid bearer token");
      addIfMissing(responses, "403", "The caller's role does not allow this");
    }
    if (takesIfMatch(operation)) {
      // the one If-Match rule (ExpectedVersion): said once here for every operation that takes it
      addIfMissing(
          responses, "412", "If-Match names a version that is no longer current (see currentEtag)");
      addIfMissing(responses, "428", "If-Match is missing (send the ETag you read, or *)");
    }
    // any operation may find the database unreachable (database-unavailable), or too many requests
    // waiting for it already (busy); both come with Retry-After
    addIfMissing(
        responses,
        "503",
        "The database is unavailable, or too many requests are waiting for it; try again after"
            + " Retry-After seconds");
    addIfMissing(responses, "default", "An error, as application/problem+json (RFC 9457)");
    Map<String, APIResponse> all = responses.getAPIResponses();
    if (all != null) {
      all.forEach(
          (code, response) -> {
            if (response.getDescription() == null && response.getRef() == null) {
              response.setDescription(describe(code));
            }
            if (isError(code) && response.getRef() == null) {
              response.setContent(problemContent());
            }
          });
    }
  }

  static boolean takesIfMatch(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p ->
                    p.getIn()
                            == org.eclipse.microprofile.openapi.models.parameters.Parameter.In
                                .HEADER
                        && "If-Match".equalsIgnoreCase(p.getName()));
  }

  /** A description for a response declared without one (OpenAPI requires it). */
  private static String describe(String code) {
    try {
      jakarta.ws.rs.core.Response.Status status =
          jakarta.ws.rs.core.Response.Status.fromStatusCode(Integer.parseInt(code));
      return status == null ? "HTTP " + code : status.getReasonPhrase();
    } catch (NumberFormatException e) {
      return "An answer";
    }
  }

  private static boolean isError(String code) {
    return code.equals("default") || code.startsWith("4") || code.startsWith("5");
  }

  private static void addIfMissing(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }

  private static SecurityRequirement bearerRequired() {
    return OASFactory.createSecurityRequirement().addScheme(BEARER);
  }

  private static Content problemContent() {
    MediaType problem =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
    return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, problem);
  }

  /** The shape {@link Problems} writes; extension members (currentEtag, usedBy …) vary by type. */
  static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "RFC 9457 problem details. Product problems have a stable type"
                + " urn:ordna:problem:<name>; some carry extension members named in the"
                + " operation's description (currentEtag, usedBy, allowed …).")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty(
            "type",
            string("A stable problem type, e.g. urn:ordna:problem:validation-failed")
                .format("uri-reference"))
        .addProperty("title", string("A short summary of the problem's category"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .description("The HTTP status code")
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)))
        .addProperty("detail", string("What went wrong with this request, for people"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("For validation problems: every offending value")
                .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
        .additionalPropertiesBoolean(Boolean.TRUE);
  }

  static Schema violationSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .addRequired("path")
        .addRequired("message")
        .addProperty(
            "path", string("Where, as a path into the request (fields.content[2].fields.text)"))
        .addProperty("message", string("What is wrong there"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }

  /**
   * Payara adds a top-level {@code endpoints} map (its own extension, not an {@code x-} member)
   * that standard validators refuse; it is only reachable on Payara's model class.
   */
  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      // empty, not null: Payara copies the map for every answer, and leaves an empty one out
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new java.util.TreeMap<String, Object>());
    } catch (NoSuchMethodException e) {
      // another runtime: nothing to remove
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not remove Payara's endpoints member from the OpenAPI", e);
    }
  }

  private static String publicBaseUrl() {
    var config = ConfigProvider.getConfig();
    Optional<String> configured =
        config.getOptionalValue("cms.public-base-url", String.class).filter(v -> !v.isBlank());
    String base =
        configured.orElseGet(
            () ->
                "http://localhost:"
                    + config.getOptionalValue("cms.http.port", String.class).orElse("8080"));
    return base.trim().replaceAll("/+$", "");
  }
}
