package no.ordna.cms.api.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A variant's history: its revisions, one revision, the diff of two, and restoring one. */
@Path("manage/items/{id}/variants/{locale}/revisions")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RevisionResource {

  @Inject ContentService content;
  @Inject CallerContext callerContext;
  @Inject PathValues paths;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(
      operationId = "listRevisions",
      summary = "The saved revisions of a variant, oldest first (who, when, comment)")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "RevisionList")))
  @APIResponse(
      responseCode = "404",
      description = "No such item or variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public RevisionList list(@PathParam("id") String id, @PathParam("locale") String locale) {
    callerContext.caller();
    ItemId item = paths.item(id);
    content.requireReadable(item, callerContext.caller());
    return ItemMapper.revisions(content.revisions(item, paths.variantLocale(item, locale)));
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{number}")
  @Operation(
      operationId = "getRevision",
      summary = "One revision with its localized and shared values")
  @APIResponse(
      responseCode = "200",
      description = "The revision",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "RevisionView")))
  @APIResponse(
      responseCode = "404",
      description = "No such item, variant or revision",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public RevisionView one(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @PathParam("number") int number) {
    callerContext.caller();
    ItemId item = paths.item(id);
    return ItemMapper.revision(
        content.revisionView(item, paths.variantLocale(item, locale), number));
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("diff")
  @Operation(
      operationId = "diffRevisions",
      summary =
          "How two revisions differ, field by field (rich text by paragraph, blocks by block)")
  @APIResponse(
      responseCode = "200",
      description = "The differences",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "RevisionDiffView")))
  @APIResponse(
      responseCode = "400",
      description = "from or to is not a revision number",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item, variant or revision",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public RevisionDiffView diff(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @Parameter(
              description = "The older revision number",
              required = true,
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "The newer revision number",
              required = true,
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("to")
          String to) {
    callerContext.caller();
    Violations violations = new Violations();
    int a = ItemRequests.revisionNumber(from, "from", violations);
    int b = ItemRequests.revisionNumber(to, "to", violations);
    violations.throwIfAny("Invalid diff parameters");
    ItemId item = paths.item(id);
    return ItemMapper.diff(content.diff(item, paths.variantLocale(item, locale), a, b));
  }

  @POST
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
  @Path("{number}/restore")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "restoreRevision",
      summary = "Restore a revision as a new draft revision (If-Match required)",
      description =
          "{\"comment\", \"includeShared\": false}: the revision's localized values, and with"
              + " includeShared its shared values too.")
  @APIResponse(
      responseCode = "200",
      description = "Restored; the whole item",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid body",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "The caller may not edit the variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item, variant or revision",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response restore(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @PathParam("number") int number,
      @RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(ref = "RestoreRequest")))
          JsonValue body,
      @Parameter(
              description = "The item's or the variant's ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    RestoreRequest request = ItemRequests.restore(body);
    ItemId item = paths.item(id);
    SavedVariant saved =
        content.restoreRevision(
            item,
            paths.variantLocale(item, locale),
            number,
            request.includeShared(),
            request.comment(),
            expected,
            callerContext.caller());
    return Response.ok(ItemMapper.item(saved.item()))
        .tag(ItemResource.tag(saved.item().etag()))
        .build();
  }
}
