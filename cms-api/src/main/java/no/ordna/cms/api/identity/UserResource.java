package no.ordna.cms.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.identity.application.PasswordReset;
import no.ordna.cms.identity.application.UserDetails;
import no.ordna.cms.identity.application.UserService;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ExpectedVersion;
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
 * Users and their rights: {@code /api/v1/manage/users} (administrators; a user reads itself). A
 * user answers with its ETag; an administrator's change of an existing user needs {@code If-Match}
 * (412 when stale, 428 when missing).
 */
@Path("manage/users")
@RequestScoped
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "401",
    description = "No valid bearer token",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(
    responseCode = "403",
    description = "Not allowed to you",
    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class UserResource {

  @Inject UserService users;
  @Inject UserRequests requests;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(roles = Role.ADMIN)
  @Operation(operationId = "listUsers", summary = "All users (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "Every user",
      content = @Content(schema = @Schema(ref = "UserList")))
  public UserList list() {
    return new UserList(users.list(callerContext.caller()).stream().map(UserView::of).toList());
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createUser",
      summary =
          "Create a user: {username, password, roles, locales, contentTypes} (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(ref = "User")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid user, with the offending members",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "A user with this name exists",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "CreateUserRequest")))
          JsonValue body,
      @Context UriInfo uri) {
    UserDetails user =
        users.create(requests.draft(RequestBodies.require(body)), callerContext.caller());
    return tagged(Response.created(uri.getAbsolutePathBuilder().path(user.id()).build()), user)
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("me")
  @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
  @APIResponse(
      responseCode = "200",
      description = "You",
      content = @Content(schema = @Schema(ref = "User")))
  public Response me() {
    return tagged(Response.ok(), users.get(callerContext.caller().userId(), callerContext.caller()))
        .build();
  }

  /** The user as the answer's body, its version as the answer's ETag. */
  private static Response.ResponseBuilder tagged(
      Response.ResponseBuilder answer, UserDetails user) {
    String etag = user.etag();
    return answer
        .entity(UserView.of(user))
        .tag(new EntityTag(etag.substring(1, etag.length() - 1)));
  }

  @PUT
  @Allowed(Access.SIGNED_IN)
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeOwnPassword",
      summary = "Change your password: {currentPassword, newPassword}; your other sessions end")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(
      responseCode = "400",
      description = "The current password is wrong, or the new one too short",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong current passwords; see Retry-After",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response changePassword(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PasswordChangeRequest")))
          JsonValue body) {
    PasswordChangeRequest request = PasswordChangeRequest.read(body);
    users.changeOwnPassword(
        callerContext.caller(), request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }

  @PUT
  @Allowed(Access.SIGNED_IN)
  @Path("me/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setPreferences",
      summary =
          "Your preferences: {uiLanguage: nb | en | null} (the editorial app's language; null for"
              + " its default)")
  @APIResponse(
      responseCode = "200",
      description = "You, with the preferences stored",
      content = @Content(schema = @Schema(ref = "User")))
  @APIResponse(
      responseCode = "400",
      description = "An unknown preference or language",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response choosePreferences(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PreferencesRequest")))
          JsonValue body) {
    PreferencesRequest request = PreferencesRequest.read(body);
    return tagged(
            Response.ok(), users.chooseUiLanguage(callerContext.caller(), request.uiLanguage()))
        .build();
  }

  @GET
  @Allowed(roles = Role.ADMIN)
  @Path("{id}")
  @Operation(operationId = "getUser", summary = "One user (administrators, or the user itself)")
  @APIResponse(
      responseCode = "200",
      description = "The user; ETag names this version of it (send it as If-Match)",
      content = @Content(schema = @Schema(ref = "User")))
  @APIResponse(
      responseCode = "404",
      description = "No such user",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response get(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id) {
    return tagged(Response.ok(), users.get(id, callerContext.caller())).build();
  }

  @PATCH
  @Allowed(roles = Role.ADMIN)
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      operationId = "changeUser",
      summary =
          "Change a user: {disabled, roles, locales, contentTypes}; disabling stops its tokens at"
              + " once (administrators; If-Match required)")
  @APIResponse(
      responseCode = "200",
      description = "The user as changed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "User")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid change, with the offending members, or a malformed If-Match",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such user",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "It would leave no enabled administrator",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response change(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChangeUserRequest")),
                @Content(
                    mediaType = "application/merge-patch+json",
                    schema = @Schema(ref = "ChangeUserRequest"))
              })
          JsonValue body,
      @Parameter(
              description = "The user's ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    return tagged(
            Response.ok(),
            users.change(
                id, requests.change(RequestBodies.require(body)), expected, callerContext.caller()))
        .build();
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Path("{id}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "resetPassword",
      summary =
          "Reset a user's password (administrators): {password}, or {} to generate one, shown"
              + " once; its sessions end (If-Match required)")
  @APIResponse(
      responseCode = "200",
      description =
          "The generated password (when none was given), shown once; ETag is the user's new one",
      content = @Content(schema = @Schema(ref = "GeneratedPassword")))
  @APIResponse(
      responseCode = "204",
      description = "The given password is set; ETag is the user's new one")
  @APIResponse(
      responseCode = "400",
      description = "The password is too short, or a malformed If-Match",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "No such user",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response reset(
      @Parameter(required = true, schema = @Schema(type = SchemaType.STRING)) @PathParam("id")
          String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PasswordResetRequest")))
          JsonValue body,
      @Parameter(
              description = "The user's ETag as last read",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(HttpHeaders.IF_MATCH)
          @DefaultValue("")
          ExpectedVersion expected) {
    PasswordResetRequest request = PasswordResetRequest.read(body);
    PasswordReset reset =
        users.resetPassword(id, request.password(), expected, callerContext.caller());
    String etag = reset.user().etag();
    EntityTag tag = new EntityTag(etag.substring(1, etag.length() - 1));
    if (reset.generatedPassword() == null) {
      return Response.noContent().tag(tag).build();
    }
    return Response.ok(new GeneratedPassword(reset.generatedPassword()))
        .tag(tag)
        .header("Cache-Control", "no-store")
        .build();
  }
}
