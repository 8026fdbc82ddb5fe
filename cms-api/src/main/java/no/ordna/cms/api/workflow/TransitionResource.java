package no.ordna.cms.api.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import no.ordna.cms.api.content.ItemMapper;
import no.ordna.cms.api.http.PathValues;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.workflow.application.TransitionOptions;
import no.ordna.cms.workflow.application.TransitionRequest;
import no.ordna.cms.workflow.application.TransitionResult;
import no.ordna.cms.workflow.application.WorkflowService;
import no.ordna.cms.workflow.domain.Transition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Workflow transitions of one locale variant: {@code {"action": "publish", "comment": "…"}}. */
@Path("manage/items/{id}/variants/{locale}/transitions")
@RequestScoped
@Tag(name = "items")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TransitionResource {

  @Inject WorkflowService workflow;
  @Inject CallerContext callerContext;
  @Inject PathValues paths;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Operation(
      operationId = "listTransitions",
      summary = "The transitions the variant allows now",
      description =
          "{\"status\", \"allowed\": the actions the variant's state allows, \"permitted\": those"
              + " of them the caller's role, types and locales let them take}")
  @APIResponse(
      responseCode = "200",
      description = "The variant's status and its transitions",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "TransitionOptionsView")))
  @APIResponse(
      responseCode = "404",
      description = "No such item or variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TransitionOptionsView allowed(
      @PathParam("id") String id, @PathParam("locale") String locale) {
    ItemId item = paths.item(id);
    TransitionOptions options =
        workflow.options(item, paths.variantLocale(item, locale), callerContext.caller());
    return new TransitionOptionsView(
        options.status().wireName(), names(options.allowed()), names(options.permitted()));
  }

  private static java.util.List<String> names(Set<Transition> transitions) {
    return transitions.stream().map(Transition::wireName).toList();
  }

  @POST
  @Allowed(roles = {Role.EDITOR, Role.TRANSLATOR, Role.PUBLISHER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "applyTransition",
      summary = "Apply a workflow transition to a variant",
      description =
          "{\"action\": submit | approve | request_changes | publish | schedule | cancel_schedule |"
              + " unpublish | archive | unarchive, \"comment\", \"publishAt\", \"unpublishAt\"}."
              + " publish stores an immutable snapshot of the variant's current revision for the"
              + " delivery API; later edits change the draft only, until the next publish. Types"
              + " with reviewRequired publish only approved variants. schedule takes ISO 8601 times"
              + " with offset (stored in UTC; a time in the past is refused). If-Match (required)"
              + " takes the item's or the variant's ETag, or *.")
  @APIResponse(
      responseCode = "200",
      description = "Done; the whole item",
      content = @Content(mediaType = "application/json", schema = @Schema(ref = "ItemView")))
  @APIResponse(
      responseCode = "400",
      description = "Unknown action, bad time, a schedule in the past, or a malformed If-Match",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "The caller's role, types or locales do not allow this action",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Not allowed in the variant's state; lists the allowed actions",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such item or variant",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response apply(
      @PathParam("id") String id,
      @PathParam("locale") String locale,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(ref = "TransitionCommand")))
          JsonValue body,
      @Parameter(
              description = "The item's or the variant's ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    ItemId item = paths.item(id);
    TransitionResult result =
        workflow.apply(
            item,
            paths.variantLocale(item, locale),
            request(body),
            expected,
            callerContext.caller());
    String etag = result.item().etag();
    return Response.ok(ItemMapper.item(result.item()))
        .tag(new EntityTag(etag.substring(1, etag.length() - 1)))
        .build();
  }

  private static TransitionRequest request(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("action", "comment", "publishAt", "unpublishAt"));
    String action = request.string("action", true).orElse("");
    String comment = request.string("comment", false).orElse(null);
    Instant publishAt =
        request.string("publishAt", false).map(t -> time(t, "publishAt", violations)).orElse(null);
    Instant unpublishAt =
        request
            .string("unpublishAt", false)
            .map(t -> time(t, "unpublishAt", violations))
            .orElse(null);
    violations.throwIfAny("Invalid transition");
    Transition transition =
        Transition.fromWireName(action)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "action",
                        "unknown action '" + action + "'; known: " + Transition.wireNames()));
    return new TransitionRequest(transition, comment, publishAt, unpublishAt);
  }

  private static Instant time(String text, String path, Violations violations) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(
          path, "must be an ISO 8601 date-time with offset, e.g. 2026-12-01T09:00:00+01:00");
      return null;
    }
  }
}
