package no.ordna.cms.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.identity.application.IssuedMachineToken;
import no.ordna.cms.identity.application.UserService;
import no.ordna.cms.identity.domain.ApiToken;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
public class TokenResource {

  @Inject UserService users;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("tokens")
  @Operation(summary = "Your active tokens (never their secrets)")
  public Response ownTokens() {
    return Response.ok(list(users.ownTokens(callerContext.caller()))).build();
  }

  @DELETE
  @Allowed(Access.SIGNED_IN)
  @Path("tokens/{id}")
  @Operation(summary = "Revoke one of your tokens (administrators: any token)")
  public Response revoke(@PathParam("id") String id) {
    users.revoke(id, callerContext.caller());
    return Response.noContent().build();
  }

  @GET
  @Allowed(roles = Role.ADMIN)
  @Path("machine-tokens")
  @Operation(summary = "Active machine tokens (administrators)")
  public Response machineTokens() {
    return Response.ok(list(users.machineTokens(callerContext.caller()))).build();
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Path("machine-tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Make a machine token: {name, scopes, expiresIn} (administrators); the token is shown once",
      description =
          "Scopes: delivery:preview (read drafts through the delivery API), manage:read, manage:write, manage:publish.")
  public Response create(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("name", "scopes", "expiresIn"));
    String name = request.string("name", true).orElse(null);
    Set<String> scopes = new LinkedHashSet<>();
    request
        .array("scopes", true)
        .ifPresent(
            array ->
                array.forEach(
                    v -> {
                      if (v instanceof JsonString s) {
                        scopes.add(s.getString());
                      } else {
                        violations.add("scopes", "must be strings");
                      }
                    }));
    Duration lifetime = Duration.ofDays(90);
    var expires = request.string("expiresIn", false);
    if (expires.isPresent()) {
      try {
        lifetime = Duration.parse(expires.get());
      } catch (DateTimeParseException e) {
        violations.add("expiresIn", "must be an ISO 8601 duration, e.g. P90D");
      }
    }
    violations.throwIfAny("Invalid machine token request");
    IssuedMachineToken issued =
        users.issueMachineToken(name, scopes, lifetime, callerContext.caller());
    return Response.status(Response.Status.CREATED)
        .header("Cache-Control", "no-store")
        .entity(token(issued.token()).add("token", issued.secret()).build())
        .build();
  }

  private static jakarta.json.JsonObject list(List<ApiToken> tokens) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    tokens.forEach(t -> items.add(token(t)));
    return Jsons.createObjectBuilder().add("items", items).build();
  }

  private static JsonObjectBuilder token(ApiToken token) {
    return Jsons.createObjectBuilder()
        .add("id", token.id())
        .add("kind", token.kind())
        .add("name", token.name())
        .add("scopes", Jsons.createArrayBuilder(List.copyOf(token.scopes())))
        .add("createdAt", token.createdAt().toString())
        .add("expiresAt", token.expiresAt().toString());
  }
}
