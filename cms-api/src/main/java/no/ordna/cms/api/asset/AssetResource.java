package no.ordna.cms.api.asset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.asset.application.AssetService;
import no.ordna.cms.asset.application.AssetSettings;
import no.ordna.cms.asset.domain.Asset;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Jsons;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
public class AssetResource {

  @Inject AssetService assets;
  @Inject AssetUploads uploads;
  @Inject AssetSettings settings;
  @Inject CallerContext callerContext;

  @POST
  @Allowed(roles = Role.EDITOR)
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Upload a file (multipart part 'file', or a raw body); its type is detected from the"
              + " bytes")
  @APIResponse(responseCode = "201", description = "The new asset, with id and url")
  @APIResponse(responseCode = "413", description = "Larger than cms.assets.max-bytes")
  @APIResponse(responseCode = "415", description = "A type that is not accepted")
  public Response upload(
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Content-Disposition") String disposition,
      @Context UriInfo uri,
      InputStream body) {
    Asset asset = uploads.upload(contentType, disposition, uri.getQueryParameters(), body);
    return Response.created(URI.create("/api/v1/manage/assets/" + asset.id()))
        .tag(unquoted(asset.etag()))
        .entity(AssetMapper.asset(asset))
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(summary = "Assets, newest first")
  public Response list(
      @Parameter(description = "image or document") @QueryParam("kind") String kind,
      @Parameter(description = "Text in the file name or texts") @QueryParam("q") String q,
      @Parameter(description = "1-100, default 50") @QueryParam("limit") String limit,
      @Parameter(description = "Assets to skip") @QueryParam("offset") String offset) {
    requireRead();
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    assets
        .list(kind, q, number(offset, 0, 1_000_000, "offset"), number(limit, 50, 100, "limit"))
        .forEach(a -> items.add(AssetMapper.asset(a)));
    return Response.ok(Jsons.createObjectBuilder().add("items", items).build()).build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("limits")
  @Operation(
      summary =
          "What uploads and renditions accept: largest file, accepted types, most pixels,"
              + " rendition widths and crop ratios")
  public Response limits() {
    requireRead();
    JsonArrayBuilder types = Jsons.createArrayBuilder();
    settings.allowedTypes().forEach(t -> types.add(t.mediaType()));
    JsonArrayBuilder widths = Jsons.createArrayBuilder();
    settings.renditionWidths().forEach(widths::add);
    JsonArrayBuilder ratios = Jsons.createArrayBuilder();
    settings.renditionRatios().forEach(ratios::add);
    return Response.ok(
            Jsons.createObjectBuilder()
                .add("maxBytes", settings.maxBytes())
                .add("acceptedTypes", types)
                .add("maxPixels", settings.maxPixels())
                .add("renditionWidths", widths)
                .add("renditionRatios", ratios)
                .build())
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{id}")
  @Operation(summary = "One asset with its texts in every locale")
  public Response get(@PathParam("id") String id) {
    requireRead();
    Asset asset = assets.get(id);
    return Response.ok(AssetMapper.asset(asset)).tag(unquoted(asset.etag())).build();
  }

  @PUT
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change texts (per locale), focal point or file name; needs If-Match")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion expected,
      JsonObject body) {
    if (body == null) {
      throw InvalidInputException.of("body", "is required");
    }
    Asset asset = assets.update(id, AssetRequests.fromJson(body), expected, callerContext.caller());
    return Response.ok(AssetMapper.asset(asset)).tag(unquoted(asset.etag())).build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{id}/usage")
  @Operation(summary = "The published and draft variants that use the asset")
  public Response usage(@PathParam("id") String id) {
    requireRead();
    return Response.ok(AssetMapper.usage(assets.publishedUsers(id), assets.draftUsers(id))).build();
  }

  @DELETE
  @Allowed(roles = Role.EDITOR)
  @Path("{id}")
  @Operation(summary = "Delete an asset; 409 listing the users while published content uses it")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "Published content uses it (usedBy)")
  public Response delete(
      @PathParam("id") String id,
      @Parameter(description = "true: delete even while published content uses it")
          @QueryParam("force")
          String force,
      @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion expected) {
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

  private static int number(String text, int fallback, int max, String name) {
    if (text == null) {
      return fallback;
    }
    if (!text.matches("\\d{1,7}") || Integer.parseInt(text) > max) {
      throw InvalidInputException.of(name, "must be a whole number up to " + max);
    }
    return Integer.parseInt(text);
  }
}
