package no.ordna.cms.api.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.contenttype.ContentTypeKeys;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.application.TranslationMemory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The existing translations as a translation memory: {@code /api/v1/manage/translations/tmx}. */
@Path("manage/translations/tmx")
@RequestScoped
@Tag(name = "translations")
@SecurityRequirement(name = "bearer")
public class TranslationMemoryResource {

  static final String TMX = "application/x-tmx+xml";

  @Inject TranslationMemory memory;
  @Inject ContentTypeService types;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Produces(TMX)
  @Operation(
      operationId = "exportTranslationMemory",
      summary = "TMX 1.4b of the existing translations from one locale into another",
      description =
          "Segment by segment (text fields, rich-text paragraphs, list items, table cells, block"
              + " texts), each translation paired with the source revision it was made from;"
              + " inline markup as <bpt>/<ept>/<ph> with matching x in both languages. Items"
              + " translated from source, at most "
              + TranslationMemory.MAX_ITEMS
              + " of them, by id.")
  @APIResponse(
      responseCode = "200",
      description = "The TMX file (an attachment)",
      content =
          @Content(mediaType = TMX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "A missing source or target, or an unknown type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response tmx(
      @Parameter(
              description = "Source locale (required)",
              required = true,
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("source")
          String source,
      @Parameter(
              description = "Target locale (required)",
              required = true,
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("target")
          String target,
      @Parameter(description = "Content type key", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("type")
          String type) {
    callerContext.caller();
    Violations violations = new Violations();
    if (source == null) {
      violations.add("source", "is required");
    }
    if (target == null) {
      violations.add("target", "is required");
    }
    if (type != null && !ContentTypeKeys.known(types, type)) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    violations.throwIfAny("Invalid memory parameters");
    return Response.ok(memory.tmx(source, target, type), TMX + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"translations-" + source + "-" + target + ".tmx\"")
        .build();
  }
}
