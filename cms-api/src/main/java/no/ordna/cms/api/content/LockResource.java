package no.ordna.cms.api.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.EditLocks;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
  @Inject CallerContext callerContext;
  @Inject PathValues paths;

  @GET
  @Operation(operationId = "getEditLock", summary = "Who holds the variant's editing lock")
  @APIResponse(
      responseCode = "200",
      description = "The lock",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "LockView")))
  @APIResponse(
      responseCode = "404",
      description = "Nobody holds it, or no such variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public LockView get(@PathParam("id") String id, @PathParam("locale") String locale) {
    callerContext.caller();
    ItemId item = paths.item(id);
    return locks
        .current(item, paths.variantLocale(item, locale))
        .map(ItemMapper::lock)
        .orElseThrow(() -> new NotFoundException("not-locked", "Nobody is editing this variant"));
  }

  @POST
  @Operation(
      operationId = "acquireEditLock",
      summary =
          "Take (or renew) the editing lock; 409 with the holder when someone else has it, unless"
              + " force=true")
  @APIResponse(
      responseCode = "200",
      description = "The caller holds the lock",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "LockView")))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not edit the variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Someone else is editing it (holder, since, expiresAt)",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public LockView acquire(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @Parameter(
              description = "Take the lock over from someone else",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("force")
          @DefaultValue("false")
          boolean force) {
    ItemId item = paths.item(id);
    return ItemMapper.lock(
        locks.acquire(item, paths.variantLocale(item, locale), force, callerContext.caller()));
  }

  @DELETE
  @Operation(
      operationId = "releaseEditLock",
      summary = "Release the editing lock (its holder or an administrator)")
  @APIResponse(responseCode = "204", description = "Released (or nobody held it)")
  @APIResponse(
      responseCode = "403",
      description = "Someone else holds it and the caller is not an administrator",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public void release(@PathParam("id") String id, @PathParam("locale") String locale) {
    ItemId item = paths.item(id);
    locks.release(item, paths.variantLocale(item, locale), callerContext.caller());
  }
}
