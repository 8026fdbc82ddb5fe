package no.ordna.cms.api.contenttype;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeUpdate;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.Jsons;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Content types ({@code /api/v1/manage/content-types}) and block types ({@code
 * /api/v1/manage/block-types}), CRUD by key. Reading needs any management role; changes need an
 * administrator.
 */
@Path("manage/{kind: content|block}-types")
@RequestScoped
@Tag(name = "content-types")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TypeResource {

  private static final String TYPE_PROPERTIES =
      "{key, name, description, titleField, reviewRequired, urlPattern, previewUrl, fields}."
          + " urlPattern (front-end URL for feeds and sitemaps) and previewUrl (where the front end"
          + " shows a draft) are content-type properties: a path on CMS_FRONTEND_BASE_URL or an"
          + " absolute http(s) URL with the placeholders {id}, {locale}, {slug} and {type};"
          + " previewUrl may also hold {token}, the preview token (POST"
          + " /api/v1/manage/preview-tokens with item and locale fills it in).";

  @Inject ContentTypeService service;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(summary = "List the types")
  public Response list(
      @Parameter(description = "content or block") @PathParam("kind") String kind) {
    callerContext.caller();
    return Response.ok(TypeMapper.list(service.list(kind(kind)))).build();
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Define a new type (administrators)", description = TYPE_PROPERTIES)
  @APIResponse(responseCode = "201", description = "Created; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid definition, with field paths")
  @APIResponse(responseCode = "409", description = "A type with this key exists")
  public Response create(
      @Parameter(description = "content or block") @PathParam("kind") String kind,
      JsonValue body,
      @Context UriInfo uri) {
    ContentType type =
        service.create(kind(kind), RequestBodies.require(body), callerContext.caller());
    return Response.created(uri.getAbsolutePathBuilder().path(type.key()).build())
        .tag(tag(type))
        .entity(TypeMapper.toJson(type))
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{key}")
  @Operation(summary = "Read one type")
  @APIResponse(responseCode = "404", description = "No such type")
  public Response get(
      @Parameter(description = "content or block") @PathParam("kind") String kind,
      @PathParam("key") String key) {
    callerContext.caller();
    ContentType type = service.get(kind(kind), key);
    return Response.ok(TypeMapper.toJson(type)).tag(tag(type)).build();
  }

  @PUT
  @Allowed(roles = Role.ADMIN)
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a type",
      description =
          "Refused with 409 when stored content would no longer fit. A change that drops the"
              + " values of removed fields or fills the default of a new required field is applied"
              + " only with migrate=true. If-Match is checked when sent. "
              + TYPE_PROPERTIES)
  @APIResponse(responseCode = "200", description = "Changed; lists the changes and migrations")
  @APIResponse(
      responseCode = "409",
      description = "Needs migrate=true, or cannot keep content valid")
  @APIResponse(responseCode = "412", description = "If-Match no longer matches")
  public Response update(
      @Parameter(description = "content or block") @PathParam("kind") String kind,
      @PathParam("key") String key,
      JsonValue body,
      @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion expected,
      @Parameter(description = "Apply migrations of stored content")
          @QueryParam("migrate")
          @DefaultValue("false")
          boolean migrate) {
    TypeUpdate update =
        service.update(
            kind(kind),
            key,
            RequestBodies.require(body),
            expected,
            migrate,
            callerContext.caller());
    JsonArrayBuilder changes = Jsons.createArrayBuilder();
    update.changes().forEach(c -> changes.add(c.toJson()));
    JsonObject json =
        Jsons.createObjectBuilder(TypeMapper.toJson(update.type()))
            .add("changes", changes)
            .add("migrations", Jsons.createArrayBuilder(update.migrations()))
            .build();
    return Response.ok(json).tag(tag(update.type())).build();
  }

  @DELETE
  @Allowed(roles = Role.ADMIN)
  @Path("{key}")
  @Operation(summary = "Delete a type that no item or other type uses")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "Items or other types still use it")
  public Response delete(
      @Parameter(description = "content or block") @PathParam("kind") String kind,
      @PathParam("key") String key,
      @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion expected) {
    service.delete(kind(kind), key, expected, callerContext.caller());
    return Response.noContent().build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{key}/versions")
  @Operation(summary = "The definition history, with what changed in each version")
  public Response versions(
      @Parameter(description = "content or block") @PathParam("kind") String kind,
      @PathParam("key") String key) {
    callerContext.caller();
    return Response.ok(TypeMapper.history(service.history(kind(kind), key))).build();
  }

  private static TypeKind kind(String kind) {
    return "block".equals(kind) ? TypeKind.BLOCK : TypeKind.CONTENT;
  }

  private static EntityTag tag(ContentType type) {
    String etag = type.etag();
    return new EntityTag(etag.substring(1, etag.length() - 1));
  }
}
