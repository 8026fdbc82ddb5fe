package no.ordna.cms.api.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.api.http.AcceptLanguageHeader;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.identity.application.AuthService;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.shared.UnauthorizedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public delivery API: published content of a type, as a list or one item by id or slug, in the
 * reader's locale with fallback. Answers carry a strong ETag and public caching headers; with
 * {@code ?preview=true} and a preview token the same reads show the latest drafts, never cached.
 * (Cached public reads are usually answered before this resource, by the delivery cache filter.)
 */
@Path("content/{type}")
@RequestScoped
@Tag(name = "delivery")
@Produces("application/json")
public class ContentResource {

  static final String JSON = "application/json; charset=UTF-8";

  @Inject DeliveryReads reads;
  @Inject CachePolicy policy;
  @Inject AuthService auth;

  @GET
  @Operation(
      operationId = "listContent",
      summary = "Published items of a type: filters, sort, cursor pagination, includes")
  @Parameter(
      name = "locale",
      in = ParameterIn.QUERY,
      description = "Locale; else Accept-Language; default nb",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "fallback",
      in = ParameterIn.QUERY,
      description = "false: no fallback locales",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "sort",
      in = ParameterIn.QUERY,
      description = "-publishDate (default), publishDate, title, -title, publishedAt, -publishedAt",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "1-100, default 20",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
  @Parameter(
      name = "cursor",
      in = ParameterIn.QUERY,
      description = "The 'next' value of the previous page",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "include",
      in = ParameterIn.QUERY,
      description = "Reference depth to resolve into 'included', 0-5",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "5"))
  @Parameter(
      name = "fields",
      in = ParameterIn.QUERY,
      description = "Comma-separated fields to return",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "tags",
      in = ParameterIn.QUERY,
      description = "Items having all these tags (comma-separated)",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "fields.{field}",
      in = ParameterIn.QUERY,
      description =
          "Filter: fields.city=Tromsø, fields.startDate[gte]=2016-01-01; operators eq, in, all, gt, gte, lt, lte",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "preview",
      in = ParameterIn.QUERY,
      description =
          "true: latest drafts (needs a preview token); drafts only of the token's types, other types'"
              + " items as published or left out",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @APIResponse(
      responseCode = "200",
      description = "A page of items",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "DeliveryList")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(
      responseCode = "400",
      description = "Bad parameter, field, operator or value (named)",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "401",
      description = "preview=true without a valid preview token",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "Unknown type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response list(
      @PathParam("type") String type, @Context UriInfo uri, @Context HttpHeaders headers) {
    return read(type, null, uri, headers);
  }

  @GET
  @Path("{idOrSlug}")
  @Operation(
      operationId = "getContent",
      summary = "One published item by id or slug, in the reader's locale")
  @Parameter(
      name = "locale",
      in = ParameterIn.QUERY,
      description = "Locale; else Accept-Language; default nb",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "fallback",
      in = ParameterIn.QUERY,
      description = "false: 404 instead of a fallback locale",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @Parameter(
      name = "include",
      in = ParameterIn.QUERY,
      description = "Reference depth to resolve into 'included', 0-5",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "5"))
  @Parameter(
      name = "fields",
      in = ParameterIn.QUERY,
      description = "Comma-separated fields to return",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "preview",
      in = ParameterIn.QUERY,
      description =
          "true: the latest draft (needs a preview token); drafts only of the token's types, other types'"
              + " items as published or left out",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "DeliveryItemAnswer")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(
      responseCode = "400",
      description = "Bad parameter",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "401",
      description = "preview=true without a valid preview token",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "Unknown type, or not published in the locale or its fallbacks",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response one(
      @PathParam("type") String type,
      @PathParam("idOrSlug") String idOrSlug,
      @Context UriInfo uri,
      @Context HttpHeaders headers) {
    return read(type, idOrSlug, uri, headers);
  }

  private Response read(String type, String idOrSlug, UriInfo uri, HttpHeaders headers) {
    Map<String, List<String>> query = uri.getQueryParameters();
    LanguagePreferences languages =
        AcceptLanguageHeader.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    String acceptEncoding = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
    if (List.of("true").equals(query.get("preview"))) {
      Set<String> draftTypes =
          requirePreviewAccess(headers.getHeaderString(HttpHeaders.AUTHORIZATION), type);
      return DeliveryResponses.of(
          reads.preview(type, idOrSlug, query, languages, draftTypes),
          JSON,
          ifNoneMatch,
          acceptEncoding,
          CachePolicy.PREVIEW_CACHE_CONTROL);
    }
    return DeliveryResponses.of(
        reads.published(type, idOrSlug, query, languages),
        JSON,
        ifNoneMatch,
        acceptEncoding,
        policy.publicCacheControl());
  }

  /**
   * The content types whose drafts the bearer token may see (empty: every type), when they include
   * {@code type}; else a 401.
   */
  private Set<String> requirePreviewAccess(String authorization, String type) {
    String token = authorization == null ? null : authorization.replaceFirst("(?i)^Bearer\\s+", "");
    return auth.previewScope(token)
        .filter(types -> types.isEmpty() || types.contains(type))
        .orElseThrow(
            () ->
                new UnauthorizedException(
                    "Previews need a valid preview token: Authorization: Bearer <token>"));
  }
}
