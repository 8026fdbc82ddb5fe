package no.ordna.cms.api.trash;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import no.ordna.cms.api.content.ItemMapper;
import no.ordna.cms.api.content.ItemView;
import no.ordna.cms.api.http.PageParameters;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.api.trash.TrashedItemView.TrashedVariantView;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.trash.application.TrashService;
import no.ordna.cms.trash.application.TrashedItem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trash: deleted items, restorable until their retention period ends. */
@Path("manage/trash")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TrashResource {

  @Inject TrashService trash;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(
      operationId = "listTrash",
      summary = "Items in the trash, most recently deleted first, with when they will be purged")
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "Page size, 1-100 (default 50)",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
  @Parameter(
      name = "cursor",
      in = ParameterIn.QUERY,
      description = PageParameters.CURSOR_DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "The trashed items",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "TrashList")))
  @APIResponse(
      responseCode = "400",
      description = "Bad limit or cursor",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TrashList list(@BeanParam PageParameters paging) {
    Page<TrashedItem> page = trash.list(paging.toRequest(50, 100), callerContext.caller());
    return new TrashList(
        page.items().stream().map(TrashResource::view).toList(),
        page.next().map(Cursor::encode).orElse(null));
  }

  private static TrashedItemView view(TrashedItem trashed) {
    ContentItemView item = trashed.item();
    Map<String, TrashedVariantView> variants = new LinkedHashMap<>();
    item.variants().forEach(v -> variants.put(v.locale(), new TrashedVariantView(v.title())));
    return new TrashedItemView(
        item.id(),
        item.typeKey(),
        item.originalLocale(),
        item.variants().stream().map(ContentVariantView::title).filter(Objects::nonNull).toList(),
        variants,
        item.deletedAt().toString(),
        item.deletedBy(),
        trashed.purgeAt().toString());
  }

  @POST
  @Allowed(roles = Role.EDITOR)
  @Path("{id}/restore")
  @Operation(
      operationId = "restoreFromTrash",
      summary = "Take an item out of the trash (its variants come back unpublished)")
  @APIResponse(
      responseCode = "200",
      description = "Restored; the whole item",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "403",
      description = "Only editors and administrators may restore",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item in the trash",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ItemView restore(@PathParam("id") String id) {
    return ItemMapper.item(trash.restore(id, callerContext.caller()));
  }

  @DELETE
  @Allowed(roles = Role.ADMIN)
  @Path("{id}")
  @Operation(
      operationId = "purgeFromTrash",
      summary =
          "Delete a trashed item for good, before its retention period ends (administrators only)")
  @APIResponse(responseCode = "204", description = "Deleted for good")
  @APIResponse(
      responseCode = "403",
      description = "Only administrators may",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item in the trash",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public void purge(@PathParam("id") String id) {
    trash.purge(id, callerContext.caller());
  }
}
