package no.ordna.cms.api.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.EditLocks;
import no.ordna.cms.content.domain.EditLock;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The advisory editing lock of a variant. */
@Path("manage/items/{id}/variants/{locale}/lock")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class LockResource {

  @Inject EditLocks locks;
  @Inject ContentService content;
  @Inject CallerContext callerContext;
  @Inject PathValues paths;

  @GET
  @Operation(summary = "Who holds the variant's editing lock")
  @APIResponse(responseCode = "404", description = "Nobody holds it")
  public Response get(@PathParam("id") String id, @PathParam("locale") String locale) {
    callerContext.caller();
    EditLock lock =
        locks
            .current(variant(id, locale))
            .orElseThrow(
                () -> new NotFoundException("not-locked", "Nobody is editing this variant"));
    return Response.ok(json(lock)).build();
  }

  @POST
  @Operation(
      summary =
          "Take (or renew) the editing lock; 409 with the holder when someone else has it, unless force=true")
  @APIResponse(responseCode = "409", description = "Someone else is editing it")
  public Response acquire(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @QueryParam("force") @DefaultValue("false") boolean force) {
    ItemId item = paths.item(id);
    return Response.ok(
            json(
                locks.acquire(
                    item, paths.variantLocale(item, locale), force, callerContext.caller())))
        .build();
  }

  @DELETE
  @Operation(summary = "Release the editing lock (its holder or an administrator)")
  public Response release(@PathParam("id") String id, @PathParam("locale") String locale) {
    ItemId item = paths.item(id);
    locks.release(item, paths.variantLocale(item, locale), callerContext.caller());
    return Response.noContent().build();
  }

  private no.ordna.cms.content.domain.ContentVariant variant(String id, String locale) {
    ItemId item = paths.item(id);
    return content.getVariant(item, paths.variantLocale(item, locale));
  }

  static JsonObject json(EditLock lock) {
    return Jsons.createObjectBuilder()
        .add("holder", lock.holder())
        .add("since", lock.acquiredAt().toString())
        .add("expiresAt", lock.expiresAt().toString())
        .build();
  }
}
