package no.ordna.cms.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import no.ordna.cms.api.http.PageParameters;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.audit.application.AuditEntry;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditQuery;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, newest first, with filters: {@code /api/v1/manage/audit}. */
@Path("manage/audit")
@RequestScoped
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail audit;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(roles = {Role.EDITOR, Role.PUBLISHER})
  @Operation(
      operationId = "listAuditEvents",
      summary =
          "Recorded actions: who did what, when, from where (editors, publishers, administrators)")
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "Page size, 1-200 (default 50)",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
  @Parameter(
      name = "cursor",
      in = ParameterIn.QUERY,
      description = PageParameters.CURSOR_DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "A page of recorded actions",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "AuditList")))
  @APIResponse(
      responseCode = "400",
      description = "Bad time, limit or cursor",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "Viewers and translators may not read the audit trail",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public AuditList list(
      @Parameter(description = "Item id", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("item")
          String item,
      @Parameter(description = "Username", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("user")
          String user,
      @Parameter(
              description = "Action, e.g. workflow.publish, item.delete",
              schema = @Schema(type = SchemaType.STRING))
          @QueryParam("action")
          String action,
      @Parameter(
              description = "From (inclusive), ISO 8601 with offset",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "To (exclusive), ISO 8601 with offset",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("to")
          String to,
      @BeanParam PageParameters paging) {
    var caller = callerContext.caller();
    if (!caller.mayReadAudit()) {
      throw new ForbiddenException("The audit trail is for editors, publishers and administrators");
    }
    Violations violations = new Violations();
    Instant fromTime = time(from, "from", violations);
    Instant toTime = time(to, "to", violations);
    PageRequest pageRequest = paging.toRequest(50, 200, violations);
    violations.throwIfAny("Invalid audit query");
    Page<AuditEntry> page =
        audit.page(
            new AuditQuery(
                item,
                user,
                action,
                fromTime,
                toTime,
                // users, tokens and sign-ins are for administrators; a limited reader sees only
                // the content types and locales it is limited to
                !caller.isAdmin(),
                caller.isAdmin() ? java.util.Set.of() : caller.contentTypes(),
                caller.isAdmin() ? java.util.Set.of() : caller.locales()),
            pageRequest);
    return new AuditList(
        page.items().stream().map(AuditResource::view).toList(),
        page.next().map(Cursor::encode).orElse(null));
  }

  private static AuditEntryView view(AuditEntry event) {
    AuditSubject subject = event.subject();
    return new AuditEntryView(
        event.id(),
        event.occurredAt().toString(),
        event.actor(),
        event.action(),
        event.origin(),
        subject.itemId(),
        subject.typeKey(),
        subject.locale(),
        subject.revision(),
        event.comment(),
        event.detail());
  }

  private static Instant time(String text, String name, Violations violations) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(name, "must be an ISO 8601 date-time with offset");
      return null;
    }
  }
}
