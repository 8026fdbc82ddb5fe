package no.ordna.cms.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ordna.cms.api.contenttype.ContentTypeKeys;
import no.ordna.cms.api.http.AcceptLanguageHeader;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.search.application.SearchService;
import no.ordna.cms.search.domain.SearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public full-text search of published content, in the reader's locale and its fallback chain.
 * Answers are kept per query until this instance's index next changes (not in the delivery cache)
 * and may be cached downstream only briefly ({@code cms.search.max-age}).
 */
@Path("search")
@RequestScoped
@Tag(name = "search")
@Produces("application/json")
public class SearchResource {

  @Inject SearchService search;
  @Inject LocaleService locales;
  @Inject ContentTypeService types;

  @GET
  @Operation(
      operationId = "search",
      summary = "Search published content",
      description =
          "Ranked hits in the locale asked for or, for items not published in it, in the first"
              + " locale of its fallback chain they are published in (marked fallback). Each item"
              + " appears once. Titles weigh more than text; Norwegian words are stemmed; Sámi"
              + " words match exactly, and without their diacritics (ranked lower).")
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      required = true,
      description = "The words to look for, 1-200 characters; every word must match",
      schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
  @Parameter(
      name = "locale",
      in = ParameterIn.QUERY,
      description = "Locale; else Accept-Language; default nb",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "type",
      in = ParameterIn.QUERY,
      description = "Only items of this content type",
      schema = @Schema(type = SchemaType.STRING))
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "1-50, default 10",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"))
  @APIResponse(
      responseCode = "200",
      description = "The total number of hits and the best ones",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "SearchAnswer")))
  @APIResponse(
      responseCode = "400",
      description = "Bad or unknown parameter",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "503",
      description = "The index is still being built (Retry-After)",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response search(@Context UriInfo uri, @Context HttpHeaders headers) {
    SearchResult result =
        search.search(
            SearchRequestParser.parse(
                uri.getQueryParameters(),
                AcceptLanguageHeader.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                locales.settings(),
                type -> ContentTypeKeys.known(types, type)));
    return Response.ok(SearchMapper.answer(result))
        .header(HttpHeaders.CACHE_CONTROL, search.cacheControl())
        .header(HttpHeaders.VARY, "Accept-Language, Accept-Encoding")
        .header(HttpHeaders.CONTENT_LANGUAGE, result.requestedLocale())
        .build();
  }
}
