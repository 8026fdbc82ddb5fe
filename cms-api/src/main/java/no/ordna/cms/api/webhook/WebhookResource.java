package no.ordna.cms.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import no.ordna.cms.api.http.PageParameters;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.webhook.application.CreatedWebhook;
import no.ordna.cms.webhook.application.DeliveryView;
import no.ordna.cms.webhook.application.WebhookService;
import no.ordna.cms.webhook.application.WebhookView;
import no.ordna.cms.webhook.domain.DeliveryState;
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

/**
 * {@code /api/v1/manage/webhooks}: receivers of events (administrators, and machine tokens with the
 * {@code manage:webhooks} scope). A new webhook's secret is in the 201 answer and never again;
 * every webhook has a delivery log whose deliveries can be replayed.
 */
@Path("manage/webhooks")
@RequestScoped
@Tag(name = "webhooks")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

  private static final String PROBLEM = "application/problem+json";

  @Inject WebhookService webhooks;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(roles = Role.WEBHOOKS)
  @Operation(operationId = "listWebhooks", summary = "Every webhook (never their secrets)")
  @APIResponse(
      responseCode = "200",
      description = "The webhooks",
      content = @Content(schema = @Schema(implementation = WebhookListResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an administrator or webhooks token",
      content = @Content(mediaType = PROBLEM))
  public WebhookListResponse list() {
    return new WebhookListResponse(
        webhooks.list(callerContext.caller()).stream().map(WebhookResponse::of).toList());
  }

  @POST
  @Allowed(roles = Role.WEBHOOKS)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createWebhook",
      summary = "Make a webhook; the answer holds its signing secret, shown this once")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = WebhookRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "The webhook with its secret (whsec_…)",
      content = @Content(schema = @Schema(implementation = WebhookSecretResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid or refused URL, unknown event, type or locale",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(responseCode = "403", content = @Content(mediaType = PROBLEM))
  public Response create(JsonValue body) {
    CreatedWebhook created =
        webhooks.create(WebhookRequest.parse(RequestBodies.require(body)), callerContext.caller());
    return Response.created(URI.create("/api/v1/manage/webhooks/" + created.webhook().id()))
        .header("ETag", created.webhook().etag())
        .header("Cache-Control", "no-store")
        .entity(WebhookSecretResponse.of(created))
        .build();
  }

  @GET
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}")
  @Operation(operationId = "getWebhook", summary = "One webhook (never its secret)")
  @APIResponse(
      responseCode = "200",
      description = "The webhook, with its ETag",
      content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public Response get(@PathParam("id") String id) {
    WebhookView view = webhooks.get(id, callerContext.caller());
    return Response.ok(WebhookResponse.of(view)).header("ETag", view.etag()).build();
  }

  @PUT
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateWebhook",
      summary = "Replace a webhook's URL, events, filters and enabled flag (not its secret)")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = WebhookRequest.class)))
  @Parameter(
      name = "If-Match",
      in = ParameterIn.HEADER,
      description =
          "The webhook's ETag as last read (or *); required: 428 without it, 412 when stale")
  @APIResponse(
      responseCode = "200",
      description = "The webhook",
      content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
  @APIResponse(responseCode = "400", content = @Content(mediaType = PROBLEM))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion expected,
      JsonValue body) {
    WebhookView view =
        webhooks.update(
            id,
            WebhookRequest.parse(RequestBodies.require(body)),
            expected,
            callerContext.caller());
    return Response.ok(WebhookResponse.of(view)).header("ETag", view.etag()).build();
  }

  @DELETE
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "Delete a webhook with its delivery log (If-Match required)")
  @Parameter(
      name = "If-Match",
      in = ParameterIn.HEADER,
      description =
          "The webhook's ETag as last read (or *); required: 428 without it, 412 when stale")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "400",
      description = "A malformed If-Match",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public Response delete(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion expected) {
    webhooks.delete(id, expected, callerContext.caller());
    return Response.noContent().build();
  }

  @POST
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}/secret")
  @Operation(
      operationId = "renewWebhookSecret",
      summary = "Give a webhook a new signing secret, shown this once; the old one stops at once")
  @APIResponse(
      responseCode = "200",
      description = "The webhook with its new secret",
      content = @Content(schema = @Schema(implementation = WebhookSecretResponse.class)))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public Response renewSecret(@PathParam("id") String id) {
    CreatedWebhook renewed = webhooks.renewSecret(id, callerContext.caller());
    return Response.ok(WebhookSecretResponse.of(renewed))
        .header("ETag", renewed.webhook().etag())
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "The webhook's delivery log, newest first, with every try")
  @Parameter(
      name = "state",
      in = ParameterIn.QUERY,
      description = "Only deliveries in this state",
      schema =
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"pending", "delivered", "dead"}))
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "Page size, 1-100 (default 20)",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
  @Parameter(
      name = "cursor",
      in = ParameterIn.QUERY,
      description = PageParameters.CURSOR_DESCRIPTION,
      schema = @Schema(type = SchemaType.STRING))
  @APIResponse(
      responseCode = "200",
      description = "A page of deliveries",
      content = @Content(schema = @Schema(implementation = DeliveryListResponse.class)))
  @APIResponse(responseCode = "400", content = @Content(mediaType = PROBLEM))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public DeliveryListResponse deliveries(
      @PathParam("id") String id,
      @QueryParam("state") String state,
      @BeanParam PageParameters paging) {
    DeliveryState parsed =
        state == null
            ? null
            : DeliveryState.fromWireName(state)
                .orElseThrow(
                    () -> InvalidInputException.of("state", "must be pending, delivered or dead"));
    Page<DeliveryView> page =
        webhooks.deliveries(id, parsed, paging.toRequest(20, 100), callerContext.caller());
    return new DeliveryListResponse(
        page.items().stream().map(DeliveryResponse::of).toList(),
        page.next().map(Cursor::encode).orElse(null));
  }

  @GET
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}/deliveries/{deliveryId}")
  @Operation(
      operationId = "getWebhookDelivery",
      summary = "One delivery with its tries and the payload sent")
  @APIResponse(
      responseCode = "200",
      description = "The delivery",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public DeliveryResponse delivery(
      @PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    return DeliveryResponse.of(webhooks.delivery(id, deliveryId, callerContext.caller()));
  }

  @POST
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}/deliveries/{deliveryId}/replay")
  @Operation(
      operationId = "replayWebhookDelivery",
      summary = "Send a dead or delivered delivery again, with a fresh budget of tries")
  @APIResponse(
      responseCode = "202",
      description = "Pending again; it goes out at once",
      content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "It is still pending",
      content = @Content(mediaType = PROBLEM))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public Response replay(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
    return Response.accepted(
            DeliveryResponse.of(webhooks.replay(id, deliveryId, callerContext.caller())))
        .build();
  }

  @POST
  @Allowed(roles = Role.WEBHOOKS)
  @Path("{id}/deliveries/replay")
  @Operation(
      operationId = "replayDeadWebhookDeliveries",
      summary =
          "Send every dead delivery of the webhook again (those made since ?since=, if given)")
  @Parameter(
      name = "since",
      in = ParameterIn.QUERY,
      description = "ISO 8601 instant, e.g. 2026-11-30T08:00:00Z")
  @APIResponse(
      responseCode = "202",
      description = "How many are pending again",
      content = @Content(schema = @Schema(implementation = ReplayResponse.class)))
  @APIResponse(responseCode = "400", content = @Content(mediaType = PROBLEM))
  @APIResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
  public Response replayDead(@PathParam("id") String id, @QueryParam("since") String since) {
    Instant from = null;
    if (since != null) {
      try {
        from = Instant.parse(since);
      } catch (DateTimeParseException e) {
        throw InvalidInputException.of(
            "since", "must be an ISO 8601 instant, e.g. 2026-11-30T08:00:00Z");
      }
    }
    return Response.accepted(
            new ReplayResponse(webhooks.replayDead(id, from, callerContext.caller())))
        .build();
  }
}
