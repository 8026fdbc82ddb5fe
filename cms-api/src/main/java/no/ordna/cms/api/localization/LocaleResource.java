package no.ordna.cms.api.localization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.application.VersionedLocaleSettings;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The configured locales with their fallback chains: {@code /api/v1/manage/locales}. */
@Path("manage/locales")
@RequestScoped
@Tag(name = "locales")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class LocaleResource {

  @Inject LocaleService locales;
  @Inject ContentService content;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(
      operationId = "getLocaleSettings",
      summary = "The configured locales, the default and each fallback chain")
  @APIResponse(
      responseCode = "200",
      description = "The locale settings; ETag names this version of them (send it as If-Match)",
      content = @Content(schema = @Schema(ref = "LocaleSettings")))
  public Response list() {
    callerContext.caller();
    return answer(locales.current());
  }

  private static Response answer(VersionedLocaleSettings current) {
    String etag = current.etag();
    return Response.ok(LocaleSettingsView.of(current.settings()))
        .tag(new EntityTag(etag.substring(1, etag.length() - 1)))
        .build();
  }

  @PUT
  @Allowed(roles = Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateLocaleSettings",
      summary = "Replace the locale settings (administrators)",
      description =
          "{\"default\": \"nb\", \"items\": [{\"code\": \"se\", \"fallback\": [\"nb\"]}, …]}: BCP 47"
              + " codes of known ISO 639 languages, chains without cycles; a locale that holds"
              + " content cannot be removed. Applies to every instance at once. If-Match"
              + " (required) takes the ETag of the settings as last read, or *.")
  @APIResponse(
      responseCode = "200",
      description = "The new settings",
      content = @Content(schema = @Schema(ref = "LocaleSettings")))
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown code, unknown locale in a chain, a cycle, a removed locale with content, or a"
              + " malformed If-Match",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "Not an administrator",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response update(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "LocaleSettingsRequest")))
          JsonValue body,
      @Parameter(
              description = "The settings' ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    var caller = callerContext.caller();
    if (!caller.mayAdminister()) {
      throw new ForbiddenException("Only administrators may change the locales");
    }
    return answer(
        locales.update(RequestBodies.require(body), expected, content.variantsPerLocale(), caller));
  }
}
