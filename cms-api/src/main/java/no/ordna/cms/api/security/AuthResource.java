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
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.identity.application.AuthService;
import no.ordna.cms.identity.application.IssuedToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
  @Operation(
      operationId = "signIn",
      summary = "Exchange a username and password for a bearer token")
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content = @Content(schema = @Schema(ref = "TokenResponse")))
  @APIResponse(
      responseCode = "400",
      description = "Username or password missing, or other members sent",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "401",
      description = "Invalid username or password",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "429",
      description = "Too many failed sign-ins for this user or address; see Retry-After",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response token(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TokenRequest")))
          JsonValue body) {
    TokenRequest request = TokenRequest.read(body);
    IssuedToken token =
        auth.login(
            request.username(),
            request.password(),
            servletRequest == null ? null : servletRequest.getRemoteAddr());
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(new TokenResponse(token.token(), token.expiresAt().toString(), "Bearer"))
        .cacheControl(noStore)
        .build();
  }

  @DELETE
  @Operation(operationId = "signOut", summary = "Revoke the token sent in Authorization (sign out)")
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(
      responseCode = "401",
      description = "No valid token was sent",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response revoke(
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token = authorization == null ? "" : authorization.replaceFirst("(?i)^Bearer\\s+", "");
    auth.logout(auth.authenticate(token));
    return Response.noContent().build();
  }
}
