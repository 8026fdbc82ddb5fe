package no.ordna.cms.api.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Content items and their locale variants: {@code /api/v1/manage/items}. Every item and variant
 * response carries an ETag; changes need {@code If-Match} (412 when stale, 428 when missing).
 */
@Path("manage/items")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

  @Inject ContentService content;
  @Inject ItemRequests requests;
  @Inject CallerContext callerContext;
  @Inject no.ordna.cms.trash.application.TrashService trash;
  @Inject no.ordna.cms.content.application.EditLocks locks;

  @GET
  @Operation(
      summary =
          "List items (newest change first, or by title in a locale's alphabet) with filters"
              + " and cursor pagination")
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown type, locale, status or translation state; bad limit or cursor; a"
              + " combination that cannot match")
  public Response list(
      @Parameter(description = "Content type key") @QueryParam("type") String type,
      @Parameter(description = "Only items with a variant in this locale") @QueryParam("locale")
          String locale,
      @Parameter(description = "Only items with a variant in this workflow status")
          @QueryParam("status")
          String status,
      @Parameter(description = "Text in a variant's title (case and accents ignored)")
          @QueryParam("q")
          String q,
      @Parameter(description = "Only items with a variant last changed by this user name")
          @QueryParam("updatedBy")
          String updatedBy,
      @Parameter(
              description =
                  "true: only items with a variant whose publish or unpublish is scheduled")
          @QueryParam("scheduled")
          String scheduled,
      @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("limit") String limit,
      @Parameter(description = "The 'next' value of the previous page") @QueryParam("cursor")
          String cursor,
      @Parameter(description = "-updatedAt (default) or title (in the alphabet of 'locale')")
          @QueryParam("sort")
          String sort,
      @Parameter(
              description =
                  "missing, outdated, in_progress or done: the state of the translation into"
                      + " 'locale' (required with it); items whose original is that locale are"
                      + " left out. With missing, the other variant filters apply to any variant"
                      + " and status and sort=title are refused")
          @QueryParam("translation")
          String translation) {
    callerContext.caller();
    var query =
        requests.query(
            type, locale, status, q, updatedBy, scheduled, limit, cursor, sort, translation);
    return Response.ok(ItemMapper.page(content.list(query, callerContext.caller()), query.limit()))
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an item with its first locale variant: {type, locale, fields}")
  @APIResponse(responseCode = "201", description = "Created; Location names the item")
  @APIResponse(responseCode = "400", description = "Invalid values, with field paths")
  @APIResponse(responseCode = "409", description = "The slug is taken")
  public Response create(JsonValue body, @Context UriInfo uri) {
    ItemRequests.NewItem request = requests.newItem(body);
    SavedVariant saved =
        content.create(request.type(), request.locale(), request.fields(), callerContext.caller());
    return Response.created(uri.getAbsolutePathBuilder().path(saved.item().id()).build())
        .tag(tag(saved.item().etag()))
        .entity(ItemMapper.item(saved.item()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read an item with all its variants")
  @APIResponse(responseCode = "404", description = "No such item")
  public Response get(
      @PathParam("id") String id,
      @Parameter(description = "Show times in this time zone, e.g. Europe/Oslo (default UTC)")
          @QueryParam("zone")
          String zone) {
    callerContext.caller();
    ContentItem item = content.read(id, callerContext.caller());
    java.time.ZoneId zoneId = ItemRequests.zone(zone);
    return Response.ok(ItemMapper.inZone(zoneId, () -> ItemMapper.item(item)))
        .tag(tag(item.etag()))
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Move an item to the trash (If-Match required)",
      description =
          "Its published locales are unpublished first. While published items refer to it, this"
              + " is a 409 listing them (referencedBy) unless force=true. Restore it from"
              + " /api/v1/manage/trash within the retention period.")
  @APIResponse(responseCode = "409", description = "Published items refer to it")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "412", description = "If-Match no longer matches")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response delete(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(description = "Delete even while published items refer to it")
          @QueryParam("force")
          @DefaultValue("false")
          boolean force) {
    trash.trash(id, ifMatch, force, callerContext.caller());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/variants/{locale}")
  @Operation(summary = "Read one locale variant, with the item's shared values")
  public Response variant(@PathParam("id") String id, @PathParam("locale") String locale) {
    callerContext.caller();
    ContentVariant variant = content.readVariant(id, locale, callerContext.caller());
    JsonObject json = ItemMapper.variant(variant, true);
    var lock = locks.current(variant);
    if (lock.isPresent()) {
      json =
          no.ordna.cms.shared.Jsons.createObjectBuilder(json)
              .add("lock", LockResource.json(lock.get()))
              .build();
    }
    return Response.ok(json).tag(tag(variant.etag())).build();
  }

  @PUT
  @Path("{id}/variants/{locale}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save a locale variant: {fields, sourceLocale}",
      description =
          "Replaces the variant's localized values (creating the variant for a new locale) and"
              + " updates the shared values given; an omitted slug is kept. A new variant is a"
              + " translation of sourceLocale (default: the original locale). If-Match takes the"
              + " item's or the variant's ETag.")
  @APIResponse(responseCode = "200", description = "Saved; the whole item")
  @APIResponse(responseCode = "201", description = "A new locale variant was created")
  @APIResponse(responseCode = "412", description = "If-Match no longer matches")
  @APIResponse(responseCode = "428", description = "If-Match missing")
  public Response save(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      JsonValue body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    ItemRequests.VariantSave request = requests.variantSave(body);
    SavedVariant saved =
        content.saveVariant(
            id,
            locale,
            request.fields(),
            request.sourceLocale(),
            request.comment(),
            ifMatch,
            callerContext.caller());
    Response.ResponseBuilder response =
        Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK);
    locks
        .current(saved.variant())
        .filter(l -> !l.holder().equals(callerContext.caller().username()))
        .ifPresent(
            l ->
                response.header(
                    "X-Edit-Lock",
                    "held-by="
                        + l.holder()
                        + "; since="
                        + l.acquiredAt()
                        + "; expires="
                        + l.expiresAt()));
    return response.tag(tag(saved.item().etag())).entity(ItemMapper.item(saved.item())).build();
  }

  static EntityTag tag(String quoted) {
    return new EntityTag(quoted.substring(1, quoted.length() - 1));
  }
}
