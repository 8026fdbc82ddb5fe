package no.ordna.cms.api.asset;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import no.ordna.cms.api.http.PageParameters;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.asset.application.AssetDetails;
import no.ordna.cms.asset.application.AssetService;
import no.ordna.cms.asset.application.AssetSettings;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;
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
 * Assets in the management API: {@code /api/v1/manage/assets}. Upload a PDF or an image as {@code
 * multipart/form-data} (the file in part {@code file}, texts in other parts) or as a raw body with
 * its Content-Type (texts as query parameters); list, read, change texts and focal point ({@code
 * If-Match}), see where an asset is used, delete it.
 */
@Path("manage/assets")
@RequestScoped
@Tag(name = "assets")
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
public class AssetResource {

  @Inject AssetService assets;
  @Inject AssetUploads uploads;
  @Inject AssetSettings settings;
  @Inject CallerContext callerContext;

  @POST
  @Allowed(roles = Role.EDITOR)
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "uploadAsset",
      summary =
          "Upload a file (multipart part 'file', or a raw body); its type is detected from the"
              + " bytes")
  @APIResponse(
      responseCode = "201",
      description = "The new asset, with id and url",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "Asset")))
  @APIResponse(
      responseCode = "400",
      description = "An unreadable body, an unknown field or invalid texts",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "413",
      description = "Larger than cms.assets.max-bytes",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "415",
      description = "A type that is not accepted",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response upload(
      @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
      @Parameter(
              description = "A raw upload's file name: attachment; filename=\"…\"",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam("Content-Disposition")
          String disposition,
      @Context UriInfo uri,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(ref = "AssetUploadForm")),
                @Content(
                    mediaType = MediaType.WILDCARD,
                    schema =
                        @Schema(
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "The file itself, sent with its own Content-Type"))
              })
          InputStream body) {
    AssetDetails asset = uploads.upload(contentType, disposition, uri.getQueryParameters(), body);
    return Response.created(URI.create("/api/v1/manage/assets/" + asset.id()))
        .tag(unquoted(asset.etag()))
        .entity(AssetMapper.asset(asset))
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(operationId = "listAssets", summary = "Assets, newest first")
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
      description = "A page of assets",
      content = @Content(schema = @Schema(ref = "AssetList")))
  @APIResponse(
      responseCode = "400",
      description = "An unknown kind, a limit out of range or a cursor not from this list",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public AssetList list(
      @Parameter(
              description = "image or document",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"image", "document"}))
          @QueryParam("kind")
          String kind,
      @Parameter(
              description = "Text in the file name or texts",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("q")
          String q,
      @BeanParam PageParameters paging) {
    requireRead();
    PageRequest request = paging.toRequest(50, 100);
    Page<AssetDetails> page = assets.list(kind, q, request);
    return new AssetList(
        page.items().stream().map(AssetMapper::asset).toList(),
        page.next().map(Cursor::encode).orElse(null));
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("limits")
  @Operation(
      operationId = "getAssetLimits",
      summary =
          "What uploads and renditions accept: largest file, accepted types, most pixels,"
              + " rendition widths and crop ratios")
  @APIResponse(
      responseCode = "200",
      description = "The limits",
      content = @Content(schema = @Schema(ref = "AssetLimits")))
  public AssetLimits limits() {
    requireRead();
    return new AssetLimits(
        settings.maxBytes(),
        settings.allowedTypes().stream().map(t -> t.mediaType()).toList(),
        settings.maxPixels(),
        List.copyOf(settings.renditionWidths()),
        settings.renditionRatios());
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{id}")
  @Operation(operationId = "getAsset", summary = "One asset with its texts in every locale")
  @APIResponse(
      responseCode = "200",
      description = "The asset",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "Asset")))
  @APIResponse(
      responseCode = "404",
      description = "No such asset",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id) {
    requireRead();
    AssetDetails asset = assets.get(id);
    return Response.ok(AssetMapper.asset(asset)).tag(unquoted(asset.etag())).build();
  }

  @PUT
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateAsset",
      summary = "Change texts (per locale), focal point or file name; needs If-Match")
  @APIResponse(
      responseCode = "200",
      description = "The asset as changed",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(ref = "Asset")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid texts, focal point or file name",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such asset",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response update(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id,
      @Parameter(description = "The ETag you read", schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "AssetChangeRequest")))
          JsonValue body) {
    AssetDetails asset =
        assets.update(
            id,
            AssetRequests.fromJson(RequestBodies.require(body)),
            expected,
            callerContext.caller());
    return Response.ok(AssetMapper.asset(asset)).tag(unquoted(asset.etag())).build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{id}/usage")
  @Operation(
      operationId = "getAssetUsage",
      summary = "The published and draft variants that use the asset")
  @APIResponse(
      responseCode = "200",
      description = "Where it is used",
      content = @Content(schema = @Schema(ref = "AssetUsage")))
  @APIResponse(
      responseCode = "404",
      description = "No such asset",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public AssetUsageView usage(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id) {
    requireRead();
    return AssetMapper.usage(assets.usage(id));
  }

  @DELETE
  @Allowed(roles = Role.EDITOR)
  @Path("{id}")
  @Operation(
      operationId = "deleteAsset",
      summary = "Delete an asset; 409 listing the users while published content uses it")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "No such asset",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Published content uses it (usedBy)",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response delete(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id,
      @Parameter(
              description = "true: delete even while published content uses it",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("force")
          String force,
      @Parameter(description = "The ETag you read", schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    assets.delete(id, "true".equals(force), expected, callerContext.caller());
    return Response.noContent().build();
  }

  private void requireRead() {
    Caller caller = callerContext.caller();
    if (!caller.mayRead()) {
      throw new no.ordna.cms.shared.ForbiddenException("You may not read assets");
    }
  }

  private static String unquoted(String etag) {
    return etag.substring(1, etag.length() - 1);
  }
}
