package no.ordna.cms.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditCursor;
import no.ordna.cms.audit.domain.AuditEvent;
import no.ordna.cms.audit.domain.AuditQuery;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
  @Operation(
      summary =
          "Recorded actions: who did what, when, from where (editors, publishers, administrators)")
  public Response list(
      @Parameter(description = "Item id") @QueryParam("item") String item,
      @Parameter(description = "Username") @QueryParam("user") String user,
      @Parameter(description = "Action, e.g. workflow.publish, item.delete") @QueryParam("action")
          String action,
      @Parameter(description = "From (inclusive), ISO 8601 with offset") @QueryParam("from")
          String from,
      @Parameter(description = "To (exclusive), ISO 8601 with offset") @QueryParam("to") String to,
      @Parameter(description = "1-200, default 50") @QueryParam("limit") String limit,
      @Parameter(description = "The 'next' value of the previous page") @QueryParam("cursor")
          String cursor) {
    var caller = callerContext.caller();
    if (!caller.mayReadAudit()) {
      throw new ForbiddenException("The audit trail is for editors, publishers and administrators");
    }
    Violations violations = new Violations();
    Instant fromTime = time(from, "from", violations);
    Instant toTime = time(to, "to", violations);
    int size = 50;
    if (limit != null) {
      size = limit.matches("\\d{1,3}") ? Integer.parseInt(limit) : -1;
      if (size < 1 || size > 200) {
        violations.add("limit", "must be a whole number from 1 to 200");
      }
    }
    AuditCursor after = cursor == null ? null : AuditCursor.decode(cursor).orElse(null);
    if (cursor != null && after == null) {
      violations.add("cursor", "is not a cursor from this list");
    }
    violations.throwIfAny("Invalid audit query");
    List<AuditEvent> events =
        audit.page(
            new AuditQuery(
                item,
                user,
                action,
                fromTime,
                toTime,
                size,
                after,
                // users, tokens and sign-ins are for administrators; a limited reader sees only
                // the content types and locales it is limited to
                !caller.isAdmin(),
                caller.isAdmin() ? java.util.Set.of() : caller.contentTypes(),
                caller.isAdmin() ? java.util.Set.of() : caller.locales()));
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    events.stream().limit(size).forEach(e -> items.add(json(e)));
    JsonObjectBuilder body = Jsons.createObjectBuilder().add("items", items);
    if (events.size() > size) {
      AuditEvent last = events.get(size - 1);
      body.add("next", new AuditCursor(last.occurredAt(), last.id()).encode());
    } else {
      body.addNull("next");
    }
    return Response.ok(body.build()).build();
  }

  private static JsonObjectBuilder json(AuditEvent event) {
    AuditSubject subject = event.subject();
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", event.id())
            .add("at", event.occurredAt().toString())
            .add("user", event.actor())
            .add("action", event.action());
    add(json, "from", event.origin());
    add(json, "itemId", subject.itemId());
    add(json, "type", subject.typeKey());
    add(json, "locale", subject.locale());
    if (subject.revision() != null) {
      json.add("revision", subject.revision());
    }
    add(json, "comment", event.comment());
    if (event.detail() != null) {
      json.add("detail", event.detail());
    }
    return json;
  }

  private static void add(JsonObjectBuilder json, String key, String value) {
    if (value != null) {
      json.add(key, value);
    }
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
