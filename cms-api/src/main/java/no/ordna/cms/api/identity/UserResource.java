package no.ordna.cms.api.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.Allowed.Access;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.identity.application.UserChange;
import no.ordna.cms.identity.application.UserDraft;
import no.ordna.cms.identity.application.UserService;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.identity.domain.User;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users and their rights: {@code /api/v1/manage/users} (administrators; a user reads itself). */
@Path("manage/users")
@RequestScoped
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject UserService users;
  @Inject UserRequests requests;
  @Inject CallerContext callerContext;

  @GET
  @Allowed(roles = Role.ADMIN)
  @Operation(summary = "All users (administrators)")
  public Response list() {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    users.list(callerContext.caller()).forEach(u -> items.add(json(u)));
    return Response.ok(Jsons.createObjectBuilder().add("items", items).build()).build();
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a user: {username, password, roles, locales, contentTypes} (administrators)")
  public Response create(JsonValue body, @Context UriInfo uri) {
    UserDraft draft = requests.draft(RequestBodies.require(body));
    User user = users.create(draft, callerContext.caller());
    return Response.created(uri.getAbsolutePathBuilder().path(user.id()).build())
        .entity(json(user))
        .build();
  }

  @GET
  @Allowed(Access.SIGNED_IN)
  @Path("me")
  @Operation(summary = "The signed-in user")
  public Response me() {
    return Response.ok(json(users.get(callerContext.caller().userId(), callerContext.caller())))
        .build();
  }

  @PUT
  @Allowed(Access.SIGNED_IN)
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change your password: {currentPassword, newPassword}; your other sessions end")
  public Response changePassword(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("currentPassword", "newPassword"));
    String current = request.string("currentPassword", true).orElse(null);
    String next = request.string("newPassword", true).orElse(null);
    violations.throwIfAny("Invalid password change");
    users.changeOwnPassword(callerContext.caller(), current, next);
    return Response.noContent().build();
  }

  @PUT
  @Allowed(Access.SIGNED_IN)
  @Path("me/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Your preferences: {uiLanguage: nb | en | null} (the editorial app's language; null for"
              + " its default)")
  @APIResponse(responseCode = "200", description = "You, with the preferences stored")
  @APIResponse(responseCode = "400", description = "An unknown preference or language")
  public Response choosePreferences(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("uiLanguage"));
    String language = request.string("uiLanguage", false).orElse(null);
    violations.throwIfAny("Invalid preferences");
    return Response.ok(json(users.chooseUiLanguage(callerContext.caller(), language))).build();
  }

  @GET
  @Allowed(roles = Role.ADMIN)
  @Path("{id}")
  @Operation(summary = "One user (administrators, or the user itself)")
  public Response get(@PathParam("id") String id) {
    return Response.ok(json(users.get(id, callerContext.caller()))).build();
  }

  @PATCH
  @Allowed(roles = Role.ADMIN)
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      summary =
          "Change a user: {disabled, roles, locales, contentTypes}; disabling stops its tokens at once (administrators)")
  public Response change(@PathParam("id") String id, JsonValue body) {
    UserChange change = requests.change(RequestBodies.require(body));
    return Response.ok(json(users.change(id, change, callerContext.caller()))).build();
  }

  @POST
  @Allowed(roles = Role.ADMIN)
  @Path("{id}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Reset a user's password (administrators): {password}, or {} to generate one, shown once; its sessions end")
  public Response reset(@PathParam("id") String id, JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("password"));
    String password = request.string("password", false).orElse(null);
    violations.throwIfAny("Invalid password reset");
    String generated = users.resetPassword(id, password, callerContext.caller());
    if (generated == null) {
      return Response.noContent().build();
    }
    return Response.ok(Jsons.createObjectBuilder().add("password", generated).build())
        .header("Cache-Control", "no-store")
        .build();
  }

  static JsonObject json(User user) {
    return Jsons.createObjectBuilder()
        .add("id", user.id())
        .add("username", user.username())
        .add(
            "roles",
            Jsons.createArrayBuilder(
                user.roles().stream().map(r -> r.wireName()).sorted().toList()))
        .add("locales", Jsons.createArrayBuilder(user.locales().stream().sorted().toList()))
        .add(
            "contentTypes",
            Jsons.createArrayBuilder(user.contentTypes().stream().sorted().toList()))
        .add("disabled", user.disabled())
        .add(
            "preferences",
            Jsons.createObjectBuilder()
                .add(
                    "uiLanguage",
                    user.uiLanguage()
                        .<jakarta.json.JsonValue>map(Jsons::createValue)
                        .orElse(jakarta.json.JsonValue.NULL)))
        .add("createdAt", user.createdAt().toString())
        .add("updatedAt", user.updatedAt().toString())
        .build();
  }
}
