package no.ordna.cms.api.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.application.ContractService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/content-types/{key}/schema}: the JSON Schema (2020-12) of a content type's
 * delivery answer, made live from its definition. Public and cached like delivery answers.
 */
@Path("content-types/{key}/schema")
@ApplicationScoped
@Tag(name = "delivery")
public class SchemaResource {

  static final String SCHEMA_JSON = "application/schema+json";

  @Inject ContractService contract;
  @Inject CachePolicy policy;

  @GET
  @Operation(
      operationId = "getContentTypeSchema",
      summary = "JSON Schema (2020-12) of a content type's delivery answer, as the type is now",
      description =
          "Fields with their types and limits, blocks as a union told apart by 'type', references"
              + " and assets as ids; $defs/item is an element of the type's list.")
  @APIResponse(
      responseCode = "200",
      description = "The schema (a JSON Schema 2020-12 document)",
      content =
          @Content(
              mediaType = SCHEMA_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "A JSON Schema (draft 2020-12) document")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(
      responseCode = "404",
      description = "Unknown type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response schema(
      @PathParam("key") String key,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
    return DeliveryResponses.of(
        contract.schema(key),
        SCHEMA_JSON + "; charset=UTF-8",
        ifNoneMatch,
        acceptEncoding,
        policy.publicCacheControl(),
        "Accept-Encoding");
  }
}
