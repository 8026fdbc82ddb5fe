package no.ordna.cms.api.delivery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ordna.cms.api.contenttype.ContentTypeKeys;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.api.security.Allowed;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.application.AuthService;
import no.ordna.cms.identity.application.IssuedToken;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.syndication.application.PreviewLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Preview tokens for front ends: {@code {"expiresIn": "PT2H", "types": ["article"]}} gives a token
 * that reads drafts through the delivery API with {@code ?preview=true}, and nothing else. With
 * {@code "item"} and {@code "locale"} the answer also gives that variant's front-end preview URL
 * (its type's {@code previewUrl} with the token filled in), when the type has one.
 */
@Path("manage/preview-tokens")
@RequestScoped
@Tag(name = "delivery")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PreviewTokenResource {

  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  private static final Duration MAX_LIFETIME = Duration.ofDays(7);

  @Inject AuthService auth;
  @Inject ContentTypeService types;
  @Inject CallerContext callerContext;
  @Inject ContentService content;
  @Inject PreviewLinks previewLinks;

  @POST
  @Allowed(roles = {Role.EDITOR, Role.PUBLISHER, Role.TRANSLATOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createPreviewToken",
      summary = "Make a preview token (shown once), optionally limited to some types",
      description =
          "{\"expiresIn\": \"PT30M\" (PT1M to P7D, default PT1H), \"types\": [\"article\"],"
              + " \"item\": \"<id>\", \"locale\": \"nb\"}. With item and locale the answer's"
              + " previewUrl is that variant's front-end preview URL: the type's previewUrl with"
              + " {id}, {locale}, {slug}, {type} and {token} filled in (a path resolved against"
              + " CMS_FRONTEND_BASE_URL), or null when the type has none. The item must be of one"
              + " of the token's types.")
  @APIResponse(
      responseCode = "201",
      description = "The token, its expiry, scopes and types (and previewUrl when asked)",
      content =
          @Content(mediaType = "application/json", schema = @Schema(ref = "PreviewTokenView")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid lifetime, type, item or locale",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "403",
      description = "Viewers may not make preview tokens",
      content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(ref = "PreviewTokenRequest")))
          JsonValue body) {
    Caller caller = callerContext.caller();
    if (!caller.mayPreview()) {
      throw new ForbiddenException("Viewers may not make preview tokens");
    }
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("expiresIn", "types", "item", "locale"));
    Duration lifetime =
        request
            .string("expiresIn", false)
            .map(text -> duration(text, violations))
            .orElse(DEFAULT_LIFETIME);
    Set<String> typeKeys = new LinkedHashSet<>();
    JsonArray array = request.array("types", false).orElse(JsonValue.EMPTY_JSON_ARRAY);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString key && ContentTypeKeys.known(types, key.getString())) {
        typeKeys.add(key.getString());
      } else {
        violations.add("types[" + i + "]", "must name a content type");
      }
    }
    ContentItemView item =
        request.string("item", false).map(id -> item(id, violations)).orElse(null);
    String locale = request.string("locale", item != null).orElse(null);
    if (item != null && locale != null && item.variant(locale).isEmpty()) {
      violations.add("locale", "the item has no variant in this locale");
    }
    if (item != null && !typeKeys.isEmpty() && !typeKeys.contains(item.typeKey())) {
      violations.add("item", "is not of the token's types");
    }
    violations.throwIfAny("Invalid preview token request");
    IssuedToken token = auth.issuePreviewToken(caller, lifetime, typeKeys);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    List<String> scopes = List.of("delivery:preview");
    String expiresAt = token.expiresAt().toString();
    Object answer =
        new PreviewTokenView.Plain(token.token(), expiresAt, scopes, List.copyOf(typeKeys));
    if (item != null) {
      TypeDefinition type =
          types.definition(TypeKind.CONTENT, new TypeKey(item.typeKey())).orElseThrow();
      String slug = item.variant(locale).map(ContentVariantView::slug).orElse(null);
      String previewUrl =
          previewLinks.url(type, item.id(), locale, slug, token.token()).orElse(null);
      answer =
          new PreviewTokenView(token.token(), expiresAt, scopes, List.copyOf(typeKeys), previewUrl);
    }
    return Response.status(Response.Status.CREATED).cacheControl(noStore).entity(answer).build();
  }

  private ContentItemView item(String id, Violations violations) {
    try {
      return content.item(ItemId.parse(id).orElseThrow(() -> ContentService.unknownItem(id)));
    } catch (NotFoundException e) {
      violations.add("item", "names no content item");
      return null;
    }
  }

  private static Duration duration(String text, Violations violations) {
    try {
      Duration duration = Duration.parse(text);
      if (!duration.isNegative() && !duration.isZero() && duration.compareTo(MAX_LIFETIME) <= 0) {
        return duration;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    violations.add("expiresIn", "must be an ISO 8601 duration from PT1M to P7D, e.g. PT2H");
    return DEFAULT_LIFETIME;
  }
}
