package no.ordna.cms.api.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import no.ordna.cms.api.content.ItemMapper;
import no.ordna.cms.api.contenttype.ContentTypeKeys;
import no.ordna.cms.api.http.PageParameters;
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;
import no.ordna.cms.translation.application.QueueLine;
import no.ordna.cms.translation.application.TranslationExchange;
import no.ordna.cms.translation.application.TranslationImport;
import no.ordna.cms.translation.application.TranslationService;
import no.ordna.cms.translation.domain.TranslationQuery;
import no.ordna.cms.translation.domain.TranslationStatus;
import no.ordna.cms.translation.xliff.XliffVersion;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The translators' queue and work: {@code /api/v1/manage/translations}. */
@Path("manage/translations")
@RequestScoped
@Tag(name = "translations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
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
  @Allowed(Access.SIGNED_IN)
  @Operation(
      operationId = "listTranslations",
      summary = "What is missing, outdated, in progress or done for a target locale")
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
      description = "A page of the queue",
      content = @Content(schema = @Schema(ref = "TranslationQueue")))
  @APIResponse(
      responseCode = "400",
      description =
          "A missing or unknown locale, an unknown status, type or sort, a bad limit or cursor",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TranslationQueueView queue(
      @Parameter(
              description = "Target locale (required)",
              required = true,
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("locale")
          String locale,
      @Parameter(
              description = "missing, outdated, in_progress or done",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("status")
          String status,
      @Parameter(description = "Content type key", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "-sourcePublishDate (default), sourcePublishDate, -updatedAt",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("sort")
          String sort,
      @BeanParam PageParameters paging) {
    callerContext.caller();
    Violations violations = new Violations();
    TranslationQuery query = query(locale, status, type, sort, violations);
    PageRequest request = paging.toRequest(50, 100, violations);
    violations.throwIfAny("Invalid translation queue parameters");
    Page<QueueLine> page = translations.queueLines(query, request, callerContext.caller());
    return new TranslationQueueView(
        query.locale(),
        page.items().stream().map(line -> TranslationMapper.entry(line, query.locale())).toList(),
        page.next().map(Cursor::encode).orElse(null));
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("counts")
  @Operation(
      operationId = "countTranslations",
      summary = "How many items of a target locale's queue have each status",
      description =
          "The same items as the queue (optionally of one content type), counted per status:"
              + " {\"locale\", \"counts\": {\"missing\", \"outdated\", \"in_progress\", \"done\"},"
              + " \"total\"}.")
  @APIResponse(
      responseCode = "200",
      description = "The counts",
      content = @Content(schema = @Schema(ref = "TranslationCounts")))
  @APIResponse(
      responseCode = "400",
      description = "A missing or unknown locale, or an unknown type",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TranslationCountsView counts(
      @Parameter(
              description = "Target locale (required)",
              required = true,
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("locale")
          String locale,
      @Parameter(description = "Content type key", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("type")
          String type) {
    callerContext.caller();
    Violations violations = new Violations();
    if (locale == null) {
      violations.add("locale", "is required");
    }
    if (type != null && !ContentTypeKeys.known(types, type)) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    violations.throwIfAny("Invalid translation count parameters");
    return TranslationMapper.counts(locale, translations.counts(locale, type));
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("export")
  @Produces("application/xliff+xml")
  @Operation(
      operationId = "exportTranslations",
      summary = "XLIFF 2.0 (or 1.2) of the items needing translation into a locale",
      description =
          "status: comma-separated (default missing,outdated); the source is the default locale."
              + " version: 2.0 (default) or 1.2. Units: localized text fields (title), rich-text"
              + " fields segment by segment (body:1, body:2 …: paragraphs, headings, list items,"
              + " table cells) with formatting, links and line breaks as protected inline codes"
              + " (XLIFF 2.0 <pc>/<ph> with <originalData>; XLIFF 1.2 <g>/<x/>), and text fields of"
              + " blocks (content.<blockId>.text); notes give content type, field, block type and"
              + " source revision, names are translate=\"no\", text fields carry their maxLength.")
  @APIResponse(
      responseCode = "200",
      description = "The XLIFF file (an attachment)",
      content =
          @Content(
              mediaType = "application/xliff+xml",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "A missing locale, an unknown status, type or version",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response export(
      @Parameter(
              description = "Target locale (required)",
              required = true,
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("locale")
          String locale,
      @Parameter(
              description = "Comma-separated statuses",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("status")
          String status,
      @Parameter(description = "Content type key", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "XLIFF version: 2.0 (default) or 1.2",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("version")
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
    if (type != null && !ContentTypeKeys.known(types, type)) {
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
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
  @Path("import")
  @Consumes({"application/xliff+xml", "application/xml", "text/xml"})
  @Operation(
      operationId = "importTranslations",
      summary = "Import a translated XLIFF 2.0 or 1.2 file as draft revisions",
      description =
          "All or nothing: an unknown item or unit, inline codes missing, added or wrongly nested,"
              + " or a value the type refuses rejects the whole file with every offending place"
              + " (file[i].unit[id], file[i].fields.<field>) and nothing is changed. The answer"
              + " lists each item (changed: whether a revision was saved; sourceRevision: the one"
              + " the file was exported from) and each unit (result applied or unchanged;"
              + " sourceChanged when the source's text changed since the export — the translation"
              + " then stays outdated).")
  @APIResponse(
      responseCode = "200",
      description = "What was imported",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "TranslationImportResult")))
  @APIResponse(
      responseCode = "400",
      description = "Not XLIFF, or refused: every offending place is listed and nothing changed",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "A locale or type you may not translate",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response importXliff(
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "application/xliff+xml",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                    mediaType = MediaType.APPLICATION_XML,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                    mediaType = MediaType.TEXT_XML,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))
              })
          byte[] body) {
    var imported = importer.importXliff(body == null ? new byte[0] : body, callerContext.caller());
    return Response.ok(TranslationMapper.imported(imported))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("{itemId}/{locale}")
  @Operation(
      operationId = "getTranslation",
      summary =
          "A translation beside its source, with the source's changes since the translation"
              + " (field by field; paragraphs and blocks)")
  @APIResponse(
      responseCode = "200",
      description = "The translation and its source",
      content = @Content(schema = @Schema(ref = "TranslationDetail")))
  @APIResponse(
      responseCode = "404",
      description = "No such item, or a locale that is not configured",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "The locale is the item's original, not a translation",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TranslationDetailView detail(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("itemId")
          String itemId,
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("locale")
          String locale) {
    callerContext.caller();
    LocaleCode code = paths.locale(locale);
    return TranslationMapper.detail(
        translations.comparison(paths.item(itemId), code, callerContext.caller()), locale);
  }

  @POST
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR})
  @Path("{itemId}/{locale}/mark-up-to-date")
  @Operation(
      operationId = "markTranslationUpToDate",
      summary = "Record that the translation matches its source's current revision")
  @APIResponse(
      responseCode = "200",
      description = "The item, with the translation up to date",
      content = @Content(schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "403",
      description = "You may not change translations in this locale",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item, or a locale that is not configured",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "There is no such translation, or the locale is the original",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response markUpToDate(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("itemId")
          String itemId,
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("locale")
          String locale) {
    LocaleCode code = paths.locale(locale);
    var item = translations.markUpToDate(paths.item(itemId), code, callerContext.caller());
    String etag = item.etag();
    return Response.ok(ItemMapper.item(item))
        .tag(new EntityTag(etag.substring(1, etag.length() - 1)))
        .build();
  }

  private TranslationQuery query(
      String locale, String status, String type, String sort, Violations violations) {
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
    if (type != null && !ContentTypeKeys.known(types, type)) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    String order = sort == null ? SORTS.get(0) : sort;
    if (!SORTS.contains(order)) {
      violations.add("sort", "must be one of " + SORTS);
    }
    return new TranslationQuery(locale, parsed, type, order);
  }
}
