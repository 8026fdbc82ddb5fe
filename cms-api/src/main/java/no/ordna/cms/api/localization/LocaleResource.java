package no.ordna.cms.api.localization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  @Inject CallerContext callerContext;

  @GET
  @Operation(summary = "The configured locales, the default and each fallback chain")
  public Response list() {
    callerContext.caller();
    LocaleSettings settings = locales.settings();
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (String locale : settings.locales()) {
      items.add(
          Json.createObjectBuilder()
              .add("code", locale)
              .add("default", locale.equals(settings.defaultLocale()))
              .add("fallback", Json.createArrayBuilder(settings.fallbackChain(locale))));
    }
    return Response.ok(
            Json.createObjectBuilder()
                .add("default", settings.defaultLocale())
                .add("items", items)
                .build())
        .build();
  }
}
