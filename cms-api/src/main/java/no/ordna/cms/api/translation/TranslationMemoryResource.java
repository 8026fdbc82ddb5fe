package no.ordna.cms.api.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.application.TranslationMemory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
      summary = "TMX 1.4b of the existing translations from one locale into another",
      description =
          "Segment by segment (text fields, rich-text paragraphs, list items, table cells, block"
              + " texts), each translation paired with the source revision it was made from;"
              + " inline markup as <bpt>/<ept>/<ph> with matching x in both languages. Items"
              + " translated from source, at most "
              + TranslationMemory.MAX_ITEMS
              + " of them, by id.")
  public Response tmx(
      @Parameter(description = "Source locale (required)") @QueryParam("source") String source,
      @Parameter(description = "Target locale (required)") @QueryParam("target") String target,
      @Parameter(description = "Content type key") @QueryParam("type") String type) {
    callerContext.caller();
    Violations violations = new Violations();
    if (source == null) {
      violations.add("source", "is required");
    }
    if (target == null) {
      violations.add("target", "is required");
    }
    if (type != null && types.definition(TypeKind.CONTENT, type).isEmpty()) {
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
