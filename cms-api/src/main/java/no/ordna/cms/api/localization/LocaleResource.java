package no.ordna.cms.api.localization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.ForbiddenException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The configured locales with their fallback chains: {@code /api/v1/manage/locales}. */
@Path("manage/locales")
@RequestScoped
@Tag(name = "locales")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class LocaleResource {

  @Inject LocaleService locales;
  @Inject ContentService content;
  @Inject CallerContext callerContext;

  @GET
  @Operation(summary = "The configured locales, the default and each fallback chain")
  public Response list() {
    callerContext.caller();
    return Response.ok(LocaleService.toJson(locales.settings())).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the locale settings (administrators)",
      description =
          "{\"default\": \"nb\", \"items\": [{\"code\": \"se\", \"fallback\": [\"nb\"]}, …]}: BCP 47"
              + " codes of known ISO 639 languages, chains without cycles; a locale that holds"
              + " content cannot be removed. Applies to every instance at once.")
  @APIResponse(responseCode = "200", description = "The new settings")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown code, unknown locale in a chain, a cycle, or a removed locale with content")
  public Response update(JsonValue body) {
    var caller = callerContext.caller();
    if (!caller.mayAdminister()) {
      throw new ForbiddenException("Only administrators may change the locales");
    }
    return Response.ok(
            LocaleService.toJson(
                locales.update(RequestBodies.require(body), content.variantsPerLocale(), caller)))
        .build();
  }
}
