package no.ordna.cms.api.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
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
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.translation.application.QueueEntry;
import no.ordna.cms.translation.application.TranslationExchange;
import no.ordna.cms.translation.application.TranslationImport;
import no.ordna.cms.translation.application.TranslationService;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.xliff.XliffVersion;
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
  @Inject TranslationExchange exchange;
  @Inject TranslationImport importer;
  @Inject ContentTypeService types;
  @Inject CallerContext callerContext;
  @Inject PathValues paths;

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
    List<QueueEntry> entries = translations.queue(query, callerContext.caller());
    boolean more = entries.size() > query.limit();
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    entries.stream()
        .limit(query.limit())
        .forEach(e -> items.add(TranslationMapper.entry(e, query.locale())));
    JsonObjectBuilder json =
        Jsons.createObjectBuilder().add("locale", query.locale()).add("items", items);
    if (more) {
      json.add("next", encode(query.offset() + query.limit()));
    } else {
      json.addNull("next");
    }
    return Response.ok(json.build()).build();
  }

  @GET
  @Path("counts")
  @Operation(
      summary = "How many items of a target locale's queue have each status",
      description =
          "The same items as the queue (optionally of one content type), counted per status:"
              + " {\"locale\", \"counts\": {\"missing\", \"outdated\", \"in_progress\", \"done\"},"
              + " \"total\"}.")
  public Response counts(
      @Parameter(description = "Target locale (required)") @QueryParam("locale") String locale,
      @Parameter(description = "Content type key") @QueryParam("type") String type) {
    callerContext.caller();
    Violations violations = new Violations();
    if (locale == null) {
      violations.add("locale", "is required");
    }
    if (type != null && types.definition(TypeKind.CONTENT, type).isEmpty()) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    violations.throwIfAny("Invalid translation count parameters");
    JsonObjectBuilder counts = Jsons.createObjectBuilder();
    long total = 0;
    for (var entry : translations.counts(locale, type).entrySet()) {
      counts.add(entry.getKey().wireName(), entry.getValue());
      total += entry.getValue();
    }
    return Response.ok(
            Jsons.createObjectBuilder()
                .add("locale", locale)
                .add("counts", counts)
                .add("total", total)
                .build())
        .build();
  }

  @GET
  @Path("export")
  @Produces("application/xliff+xml")
  @Operation(
      summary = "XLIFF 2.0 (or 1.2) of the items needing translation into a locale",
      description =
          "status: comma-separated (default missing,outdated); the source is the default locale."
              + " version: 2.0 (default) or 1.2. Units: localized text fields (title), rich-text"
              + " fields segment by segment (body:1, body:2 …: paragraphs, headings, list items,"
              + " table cells) with formatting, links and line breaks as protected inline codes"
              + " (XLIFF 2.0 <pc>/<ph> with <originalData>; XLIFF 1.2 <g>/<x/>), and text fields of"
              + " blocks (content.<blockId>.text); notes give content type, field, block type and"
              + " source revision, names are translate=\"no\", text fields carry their maxLength.")
  public Response export(
      @Parameter(description = "Target locale (required)") @QueryParam("locale") String locale,
      @Parameter(description = "Comma-separated statuses") @QueryParam("status") String status,
      @Parameter(description = "Content type key") @QueryParam("type") String type,
      @Parameter(description = "XLIFF version: 2.0 (default) or 1.2") @QueryParam("version")
          String version) {
    callerContext.caller();
    Violations violations = new Violations();
    if (locale == null) {
      violations.add("locale", "is required");
    }
    java.util.Set<TranslationStatus> statuses = java.util.EnumSet.noneOf(TranslationStatus.class);
    if (status != null) {
      for (String name : status.split(",")) {
        TranslationStatus.fromWireName(name.trim())
            .ifPresentOrElse(
                statuses::add,
                () -> violations.add("status", "unknown status '" + name.trim() + "'"));
      }
    }
    if (type != null && types.definition(TypeKind.CONTENT, type).isEmpty()) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    XliffVersion xliff =
        version == null ? XliffVersion.V2_0 : XliffVersion.fromWireName(version).orElse(null);
    if (xliff == null) {
      violations.add("version", "must be 2.0 or 1.2");
    }
    violations.throwIfAny("Invalid export parameters");
    byte[] body = exchange.export(locale, statuses, type, xliff);
    return Response.ok(body, "application/xliff+xml; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"translations-" + locale + ".xlf\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes({"application/xliff+xml", "application/xml", "text/xml"})
  @Operation(
      summary = "Import a translated XLIFF 2.0 or 1.2 file as draft revisions",
      description =
          "All or nothing: an unknown item or unit, inline codes missing, added or wrongly nested,"
              + " or a value the type refuses rejects the whole file with every offending place"
              + " (file[i].unit[id], file[i].fields.<field>) and nothing is changed. The answer"
              + " lists each item (changed: whether a revision was saved; sourceRevision: the one"
              + " the file was exported from) and each unit (result applied or unchanged;"
              + " sourceChanged when the source's text changed since the export — the translation"
              + " then stays outdated).")
  public Response importXliff(byte[] body) {
    var imported = importer.importXliff(body == null ? new byte[0] : body, callerContext.caller());
    return Response.ok(TranslationMapper.imported(imported))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Path("{itemId}/{locale}")
  @Operation(
      summary =
          "A translation beside its source, with the source's changes since the translation (field by field; paragraphs and blocks)")
  public Response detail(@PathParam("itemId") String itemId, @PathParam("locale") String locale) {
    callerContext.caller();
    LocaleCode code = paths.locale(locale);
    return Response.ok(
            TranslationMapper.detail(
                translations.detail(paths.item(itemId), code, callerContext.caller()), locale))
        .build();
  }

  @POST
  @Path("{itemId}/{locale}/mark-up-to-date")
  @Operation(summary = "Record that the translation matches its source's current revision")
  public Response markUpToDate(
      @PathParam("itemId") String itemId, @PathParam("locale") String locale) {
    LocaleCode code = paths.locale(locale);
    var item = translations.markUpToDate(paths.item(itemId), code, callerContext.caller());
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
