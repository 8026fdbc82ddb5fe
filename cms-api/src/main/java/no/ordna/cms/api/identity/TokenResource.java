package no.ordna.cms.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashSet;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.identity.application.IssuedMachineToken;
import no.ordna.cms.identity.application.UserService;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tokens: your own ({@code /api/v1/manage/tokens}: list, revoke) and machine tokens for front ends
 * and integrations ({@code /api/v1/manage/machine-tokens}, administrators). Secrets are shown once,
 * at creation, and never again.
 */
@Path("manage")
@RequestScoped
@Tag(name = "auth")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class TokenResource {

  @Inject UserService users;
  @Inject CallerContext callerContext;

  @GET
  @Path("tokens")
  @Operation(operationId = "listOwnTokens", summary = "Your active tokens (never their secrets)")
  @APIResponse(
      responseCode = "200",
      description = "Your active tokens",
      content = @Content(schema = @Schema(ref = "TokenList")))
  public TokenList ownTokens() {
    return new TokenList(
        users.ownTokens(callerContext.caller()).stream().map(TokenView::of).toList());
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke one of your tokens (administrators: any token)")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(
      responseCode = "404",
      description = "No such token of yours",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response revoke(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id) {
    users.revoke(id, callerContext.caller());
    return Response.noContent().build();
  }

  @GET
  @Path("machine-tokens")
  @Operation(operationId = "listMachineTokens", summary = "Active machine tokens (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "Active machine tokens",
      content = @Content(schema = @Schema(ref = "TokenList")))
  @APIResponse(
      responseCode = "403",
      description = "Not an administrator",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public TokenList machineTokens() {
    return new TokenList(
        users.machineTokens(callerContext.caller()).stream().map(TokenView::of).toList());
  }

  @POST
  @Path("machine-tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createMachineToken",
      summary =
          "Make a machine token: {name, scopes, expiresIn} (administrators); the token is shown"
              + " once",
      description =
          "Scopes: delivery:preview (read drafts through the delivery API), manage:read,"
              + " manage:write, manage:publish, manage:webhooks (webhooks only).")
  @APIResponse(
      responseCode = "201",
      description = "The new token with its secret, shown once",
      content = @Content(schema = @Schema(ref = "IssuedMachineToken")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid name, scopes or lifetime",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "Not an administrator",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "MachineTokenRequest")))
          JsonValue body) {
    Violations violations = new Violations();
    MachineTokenRequest request = MachineTokenRequest.read(body, violations);
    Duration lifetime = request.lifetime(violations);
    violations.throwIfAny("Invalid machine token request");
    IssuedMachineToken issued =
        users.issueMachineToken(
            request.name(),
            new LinkedHashSet<>(request.scopes()),
            lifetime,
            callerContext.caller());
    return Response.status(Response.Status.CREATED)
        .header("Cache-Control", "no-store")
        .entity(IssuedMachineTokenView.of(issued))
        .build();
  }
}
