package no.ordna.cms.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.identity.application.AuthService;
import no.ordna.cms.identity.application.IssuedToken;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing in and out. */
@Path("auth/token")
@RequestScoped
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject AuthService auth;

  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest servletRequest;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Exchange a username and password for a bearer token")
  @RequestBody(content = @Content(schema = @Schema(implementation = TokenRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", description = "Invalid username or password")
  @APIResponse(
      responseCode = "429",
      description = "Too many failed sign-ins for this user or address; see Retry-After")
  public Response token(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("username", "password"));
    String username = request.string("username", true).orElse(null);
    String password = request.string("password", true).orElse(null);
    violations.throwIfAny("Invalid token request");
    IssuedToken token =
        auth.login(
            username, password, servletRequest == null ? null : servletRequest.getRemoteAddr());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(new TokenResponse(token.token(), token.expiresAt(), "Bearer"))
        .cacheControl(noStore)
        .build();
  }

  @DELETE
  @Operation(summary = "Revoke the token sent in Authorization (sign out)")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "401", description = "No valid token was sent")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = authorization == null ? "" : authorization.replaceFirst("(?i)^Bearer\\s+", "");
    auth.logout(auth.authenticate(token));
    return Response.noContent().build();
  }
}
