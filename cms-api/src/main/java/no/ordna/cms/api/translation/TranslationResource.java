package no.ordna.cms.api.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import no.ordna.cms.api.content.ItemMapper;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.application.QueueEntry;
import no.ordna.cms.translation.application.TranslationService;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The translators' queue and work: {@code /api/v1/manage/translations}. */
@Path("manage/translations")
@RequestScoped
@Tag(name = "translations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {

  private static final List<String> SORTS =
      List.of("-sourcePublishDate", "sourcePublishDate", "-updatedAt");

  @Inject TranslationService translations;
  @Inject ContentTypeService types;
  @Inject CallerContext callerContext;

  @GET
  @Operation(summary = "What is missing, outdated, in progress or done for a target locale")
  public Response queue(
      @Parameter(description = "Target locale (required)") @QueryParam("locale") String locale,
      @Parameter(description = "missing, outdated, in_progress or done") @QueryParam("status")
          String status,
      @Parameter(description = "Content type key") @QueryParam("type") String type,
      @Parameter(description = "-sourcePublishDate (default), sourcePublishDate, -updatedAt")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "1-100, default 50") @QueryParam("limit") String limit,
      @Parameter(description = "The 'next' value of the previous page") @QueryParam("cursor")
          String cursor) {
    callerContext.caller();
    TranslationQuery query = query(locale, status, type, sort, limit, cursor);
    List<QueueEntry> entries = translations.queue(query);
    boolean more = entries.size() > query.limit();
    JsonArrayBuilder items = Json.createArrayBuilder();
    entries.stream()
        .limit(query.limit())
        .forEach(e -> items.add(TranslationMapper.entry(e, query.locale())));
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("locale", query.locale()).add("items", items);
    if (more) {
      json.add("next", encode(query.offset() + query.limit()));
    } else {
      json.addNull("next");
    }
    return Response.ok(json.build()).build();
  }

  @GET
  @Path("{itemId}/{locale}")
  @Operation(
      summary =
          "A translation beside its source, with the source's changes since the translation (field by field; paragraphs and blocks)")
  public Response detail(@PathParam("itemId") String itemId, @PathParam("locale") String locale) {
    callerContext.caller();
    return Response.ok(TranslationMapper.detail(translations.detail(itemId, locale), locale))
        .build();
  }

  @POST
  @Path("{itemId}/{locale}/mark-up-to-date")
  @Operation(summary = "Record that the translation matches its source's current revision")
  public Response markUpToDate(
      @PathParam("itemId") String itemId, @PathParam("locale") String locale) {
    ContentItem item = translations.markUpToDate(itemId, locale, callerContext.caller());
    String etag = item.etag();
    return Response.ok(ItemMapper.item(item))
        .tag(new EntityTag(etag.substring(1, etag.length() - 1)))
        .build();
  }

  private TranslationQuery query(
      String locale, String status, String type, String sort, String limit, String cursor) {
    Violations violations = new Violations();
    if (locale == null) {
      violations.add("locale", "is required");
    }
    TranslationStatus parsed = null;
    if (status != null) {
      parsed = TranslationStatus.fromWireName(status).orElse(null);
      if (parsed == null) {
        violations.add("status", "must be one of missing, outdated, in_progress, done");
      }
    }
    if (type != null && types.definition(TypeKind.CONTENT, type).isEmpty()) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    String order = sort == null ? SORTS.get(0) : sort;
    if (!SORTS.contains(order)) {
      violations.add("sort", "must be one of " + SORTS);
    }
    int size = parse(limit, 50, 1, 100, "limit", violations);
    int offset = 0;
    if (cursor != null) {
      offset = decode(cursor);
      if (offset < 0) {
        violations.add("cursor", "is not a cursor from this list");
      }
    }
    violations.throwIfAny("Invalid translation queue parameters");
    return new TranslationQuery(locale, parsed, type, order, size, Math.max(0, offset));
  }

  private static int parse(
      String text, int fallback, int min, int max, String name, Violations violations) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    violations.add(name, "must be a whole number from " + min + " to " + max);
    return fallback;
  }

  private static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return raw.matches("o\\d{1,7}") ? Integer.parseInt(raw.substring(1)) : -1;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
