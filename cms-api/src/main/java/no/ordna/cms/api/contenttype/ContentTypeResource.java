package no.ordna.cms.api.contenttype;

import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * Content types: {@code /api/v1/manage/content-types}, CRUD by key. Reading needs any management
 * role; changes need an administrator.
 */
@Path("manage/content-types")
@RequestScoped
@Tag(name = "content-types")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(
    responseCode = "403",
    description = "Not allowed to you",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ContentTypeResource extends TypeResource {

  @Override
  TypeKind kind() {
    return TypeKind.CONTENT;
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(operationId = "listContentTypes", summary = "List the content types")
  @APIResponse(
      responseCode = "200",
      description = "Every content type",
      content = @Content(schema = @Schema(ref = "ContentTypeList")))
  public TypeList list() {
    return listTypes();
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createContentType",
      summary = "Define a new content type (administrators)",
      description = TYPE_PROPERTIES)
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "ContentTypeDefinition")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid definition, with field paths",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "A content type with this key exists",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TypeDefinitionRequest")))
          JsonValue body,
      @Context UriInfo uri) {
    return createType(body, uri);
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{key}")
  @Operation(operationId = "getContentType", summary = "Read one content type")
  @APIResponse(
      responseCode = "200",
      description = "The content type",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "ContentTypeDefinition")))
  @APIResponse(
      responseCode = "404",
      description = "No such content type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response get(
      @Parameter(
              required = true,
              description = "The key",
              schema = @Schema(type = SchemaType.STRING))
          @PathParam("key")
          String key) {
    return getType(key);
  }

  @PUT
  @Allowed(roles = Role.ADMIN)
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateContentType",
      summary = "Change a content type",
      description = UPDATE_RULES + TYPE_PROPERTIES)
  @APIResponse(
      responseCode = "200",
      description = "Changed; lists the changes and migrations",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "ContentTypeChange")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid definition, with field paths",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such content type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Needs migrate=true, or cannot keep content valid",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response update(
      @Parameter(
              required = true,
              description = "The key",
              schema = @Schema(type = SchemaType.STRING))
          @PathParam("key")
          String key,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TypeDefinitionRequest")))
          JsonValue body,
      @Parameter(description = "The ETag you read", schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected,
      @Parameter(
              description = "Apply migrations of stored content",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("migrate")
          @DefaultValue("false")
          boolean migrate) {
    return updateType(key, body, expected, migrate);
  }

  @DELETE
  @Allowed(roles = Role.ADMIN)
  @Path("{key}")
  @Operation(
      operationId = "deleteContentType",
      summary = "Delete a content type that no item or other type uses")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "No such content type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Items or other types still use it",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response delete(
      @Parameter(
              required = true,
              description = "The key",
              schema = @Schema(type = SchemaType.STRING))
          @PathParam("key")
          String key,
      @Parameter(description = "The ETag you read", schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    return deleteType(key, expected);
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{key}/versions")
  @Operation(
      operationId = "listContentTypeVersions",
      summary = "The definition history, with what changed in each version")
  @APIResponse(
      responseCode = "200",
      description = "Every version, oldest first",
      content = @Content(schema = @Schema(ref = "ContentTypeHistory")))
  @APIResponse(
      responseCode = "404",
      description = "No such content type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TypeHistory versions(
      @Parameter(
              required = true,
              description = "The key",
              schema = @Schema(type = SchemaType.STRING))
          @PathParam("key")
          String key) {
    return typeVersions(key);
  }
}
