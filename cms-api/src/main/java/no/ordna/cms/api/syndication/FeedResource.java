package no.ordna.cms.api.syndication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ordna.cms.api.http.AcceptEncoding;
import no.ordna.cms.api.http.AcceptLanguageHeader;
import no.ordna.cms.api.http.IfNoneMatchHeader;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.delivery.application.CachePolicy;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.compression.ContentCoding;
import no.ordna.cms.syndication.application.FeedService;
import no.ordna.cms.syndication.domain.FeedRequest;
import no.ordna.cms.syndication.xml.AtomWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Atom feed of a content type for front ends and feed readers: its newest published items in
 * the reader's locale with fallback, with the delivery API's caching (strong ETag, 304, public
 * Cache-Control, Vary: Accept-Language). Its path has more literal characters than the delivery
 * API's {@code content/{type}/{idOrSlug}}, so JAX-RS routes {@code feed.atom} here.
 */
@Path("content/{type}/feed.atom")
@RequestScoped
@Tag(name = "delivery")
public class FeedResource {

  static final String CONTENT_TYPE = AtomWriter.MEDIA_TYPE + "; charset=UTF-8";

  @Inject FeedService feeds;
  @Inject LocaleService locales;
  @Inject CachePolicy policy;

  // No @Produces: a feed has one representation, so a reader's Accept header never gets a 406.
  @GET
  @Operation(
      operationId = "getFeed",
      summary = "Atom feed of a type's newest published items, in the reader's locale",
      description =
          "Entries link to the item's front-end URL (the type's urlPattern on"
              + " cms.frontend.base-url), or to the item in the delivery API when the type has no"
              + " urlPattern.")
  @Parameter(
      name = "locale",
      in = ParameterIn.QUERY,
      description = "Locale; else Accept-Language; default nb",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "1-100, default 20",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content =
          @Content(
              mediaType = AtomWriter.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, description = "An Atom 1.0 feed (XML)")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(
      responseCode = "400",
      description = "Bad parameter",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "Unknown type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response feed(
      @PathParam("type") String type, @Context UriInfo uri, @Context HttpHeaders headers) {
    FeedRequest request =
        FeedRequests.parse(
            type,
            uri.getQueryParameters(),
            AcceptLanguageHeader.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
            locales.settings());
    Representation feed = feeds.feed(request);
    boolean notModified =
        IfNoneMatchHeader.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), feed.etag());
    ContentCoding coding =
        AcceptEncoding.choose(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING), feed);
    Response.ResponseBuilder response =
        notModified ? Response.notModified() : Response.ok(feed.bytes(coding), CONTENT_TYPE);
    if (coding != ContentCoding.IDENTITY && !notModified) {
      response.header("Content-Encoding", coding.token());
    }
    return response
        .header("ETag", feed.etag())
        .header("Cache-Control", policy.publicCacheControl())
        .header("Vary", CachePolicy.VARY)
        .header("Last-Modified", feed.lastModifiedHeader())
        .header("Surrogate-Key", feed.surrogateKey())
        .header("Cache-Tag", feed.cacheTag())
        .header("Content-Language", feed.contentLanguage())
        .build();
  }
}
