package no.ordna.cms.api.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
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
import no.ordna.cms.api.http.PageParameters;
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.content.application.EditLocks;
import no.ordna.cms.content.application.SavedVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.domain.ItemQuery;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.PageRequest;
import no.ordna.cms.trash.application.TrashService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
  @Inject TrashService trash;
  @Inject EditLocks locks;
  @Inject PathValues paths;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(
      operationId = "listItems",
      summary =
          "List items (newest change first, or by title in a locale's alphabet) with filters"
              + " and cursor pagination")
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "Page size, 1-100 (default 20)",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
  @Parameter(
      name = "cursor",
      in = ParameterIn.QUERY,
      description = PageParameters.CURSOR_DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "A page of items",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemList")))
  @APIResponse(
      responseCode = "400",
      description =
          "Unknown type, locale, status or translation state; bad limit or cursor; a"
              + " combination that cannot match",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response list(
      @Parameter(description = "Content type key", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "Only items with a variant in this locale",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("locale")
          String locale,
      @Parameter(
              description = "Only items with a variant in this workflow status",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("status")
          String status,
      @Parameter(
              description = "Text in a variant's title (case and accents ignored)",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Only items with a variant last changed by this user name",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("updatedBy")
          String updatedBy,
      @Parameter(
              description =
                  "true: only items with a variant whose publish or unpublish is scheduled",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("scheduled")
          String scheduled,
      @Parameter(
              description = "-updatedAt (default) or title (in the alphabet of 'locale')",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"-updatedAt", "title"}))
          @QueryParam("sort")
          String sort,
      @Parameter(
              description =
                  "missing, outdated, in_progress or done: the state of the translation into"
                      + " 'locale' (required with it); items whose original is that locale are"
                      + " left out. With missing, the other variant filters apply to any variant"
                      + " and status and sort=title are refused",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"missing", "outdated", "in_progress", "done"}))
          @QueryParam("translation")
          String translation,
      @BeanParam PageParameters paging) {
    callerContext.caller();
    Violations violations = new Violations();
    ItemQuery query =
        requests.query(
            type, locale, status, q, updatedBy, scheduled, sort, translation, violations);
    PageRequest page = paging.toRequest(20, ItemRequests.MAX_LIMIT, violations);
    violations.throwIfAny("Invalid list parameters");
    return Response.ok(
            ItemMapper.page(content.list(query, page, callerContext.caller()), page.limit()))
        .build();
  }

  @POST
  @Allowed(roles = Role.EDITOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createItem",
      summary = "Create an item with its first locale variant: {type, locale, fields}")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the item",
      headers = {
        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
        @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
      },
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid values, with field paths",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "The slug is taken",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(ref = "CreateItemRequest")))
          JsonValue body,
      @Context UriInfo uri) {
    CreateItemRequest request = requests.newItem(body);
    SavedVariant saved =
        content.create(
            requests.typeKey(request),
            requests.localeCode(request),
            request.fields(),
            callerContext.caller());
    return Response.created(uri.getAbsolutePathBuilder().path(saved.item().id()).build())
        .tag(tag(saved.item().etag()))
        .entity(ItemMapper.item(saved.item()))
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{id}")
  @Operation(operationId = "getItem", summary = "Read an item with all its variants")
  @APIResponse(
      responseCode = "200",
      description = "The item; ETag is the item's",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "400",
      description = "Unknown time zone",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response get(
      @PathParam("id") String id,
      @Parameter(
              description = "Show times in this time zone, e.g. Europe/Oslo (default UTC)",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("zone")
          String zone) {
    callerContext.caller();
    content.requireReadable(paths.item(id), callerContext.caller());
    ContentItemView item = content.item(paths.item(id));
    java.time.ZoneId zoneId = ItemRequests.zone(zone);
    return Response.ok(ItemMapper.item(item, zoneId)).tag(tag(item.etag())).build();
  }

  @DELETE
  @Allowed(roles = Role.EDITOR)
  @Path("{id}")
  @Operation(
      operationId = "deleteItem",
      summary = "Move an item to the trash (If-Match required)",
      description =
          "Its published locales are unpublished first. While published items refer to it, this"
              + " is a 409 listing them (referencedBy) unless force=true. Restore it from"
              + " /api/v1/manage/trash within the retention period.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "No such item",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Published items refer to it",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response delete(
      @PathParam("id") String id,
      @Parameter(
              description = "The item's ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected,
      @Parameter(
              description = "Delete even while published items refer to it",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("force")
          @DefaultValue("false")
          boolean force) {
    trash.trash(paths.item(id), expected, force, callerContext.caller());
    return Response.noContent().build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{id}/variants/{locale}")
  @Operation(
      operationId = "getVariant",
      summary = "Read one locale variant, with the item's shared values")
  @APIResponse(
      responseCode = "200",
      description =
          "The variant, with the editing lock when someone holds it; ETag is the variant's",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "VariantView")))
  @APIResponse(
      responseCode = "404",
      description = "No such item or variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response variant(@PathParam("id") String id, @PathParam("locale") String locale) {
    callerContext.caller();
    ItemId item = paths.item(id);
    content.requireReadable(item, callerContext.caller());
    ContentVariantView variant = content.variant(item, paths.variantLocale(item, locale));
    VariantView view = ItemMapper.variant(variant, true);
    VariantView answer =
        locks.current(variant.id()).map(l -> view.withLock(ItemMapper.lock(l))).orElse(view);
    return Response.ok(answer).tag(tag(variant.etag())).build();
  }

  @PUT
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
  @Path("{id}/variants/{locale}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveVariant",
      summary = "Save a locale variant: {fields, sourceLocale}",
      description =
          "Replaces the variant's localized values (creating the variant for a new locale) and"
              + " updates the shared values given; an omitted slug is kept. A new variant is a"
              + " translation of sourceLocale (default: the original locale). If-Match takes the"
              + " item's or the variant's ETag.")
  @APIResponse(
      responseCode = "200",
      description = "Saved; the whole item",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "201",
      description = "A new locale variant was created; the whole item",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid values, with field paths",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item or locale",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "The slug is taken",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response save(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(ref = "SaveVariantRequest")))
          JsonValue body,
      @Parameter(
              description = "The item's or the variant's ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    SaveVariantRequest request = requests.variantSave(body);
    ItemId item = paths.item(id);
    SavedVariant saved =
        content.saveVariant(
            item,
            paths.localeFor(item, locale),
            request.fields(),
            request.sourceLocale(),
            request.comment(),
            expected,
            callerContext.caller());
    Response.ResponseBuilder response =
        Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK);
    locks
        .current(saved.variant().id())
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
