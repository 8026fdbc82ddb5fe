package no.ordna.cms.api.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.application.ContractService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/types.d.ts}: TypeScript declarations of every content type's delivery shape
 * and of the list, search and error answers, made live from the types. Public and cached.
 */
@Path("types.d.ts")
@ApplicationScoped
@Tag(name = "delivery")
public class TypeScriptResource {

  static final String TYPESCRIPT = "application/typescript";

  @Inject ContractService contract;
  @Inject CachePolicy policy;

  @GET
  @Operation(
      operationId = "getTypeScriptDeclarations",
      summary = "TypeScript declarations of the delivery API for the content types as they are now")
  @APIResponse(
      responseCode = "200",
      description = "The declarations",
      content =
          @Content(
              mediaType = TYPESCRIPT,
              schema = @Schema(type = SchemaType.STRING, description = "TypeScript declarations")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  public Response declarations(
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
    return DeliveryResponses.of(
        contract.typeScript(),
        TYPESCRIPT + "; charset=UTF-8",
        ifNoneMatch,
        acceptEncoding,
        policy.publicCacheControl(),
        "Accept-Encoding");
  }
}
