package no.ordna.cms.api.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.application.UserChange;
import no.ordna.cms.identity.application.UserDraft;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;

/** Reads user requests strictly: known roles, configured locales, existing content types. */
@ApplicationScoped
public class UserRequests {

  @Inject LocaleService locales;
  @Inject ContentTypeService types;

  UserDraft draft(JsonObject body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(body, "", violations);
    request.allowOnly(Set.of("username", "password", "roles", "locales", "contentTypes"));
    String username = request.string("username", true).orElse(null);
    String password = request.string("password", true).orElse(null);
    Set<Role> roles = roles(request, violations);
    Set<String> grantedLocales = locales(request, violations);
    Set<String> typeKeys = contentTypes(request, violations);
    violations.throwIfAny("Invalid user");
    return new UserDraft(username, password, roles, grantedLocales, typeKeys);
  }

  UserChange change(JsonObject body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(body, "", violations);
    request.allowOnly(Set.of("disabled", "roles", "locales", "contentTypes"));
    Boolean disabled = request.has("disabled") ? request.bool("disabled", false) : null;
    Set<Role> roles = request.has("roles") ? roles(request, violations) : null;
    Set<String> grantedLocales = request.has("locales") ? locales(request, violations) : null;
    Set<String> typeKeys = request.has("contentTypes") ? contentTypes(request, violations) : null;
    violations.throwIfAny("Invalid user change");
    return new UserChange(disabled, roles, grantedLocales, typeKeys);
  }

  private static Set<Role> roles(StrictObject request, Violations violations) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : strings(request, "roles", violations)) {
      Role.fromWireName(name)
          .ifPresentOrElse(
              roles::add,
              () ->
                  violations.add(
                      "roles",
                      "unknown role '"
                          + name
                          + "'; known: admin, editor, publisher, translator, viewer"));
    }
    return roles;
  }

  private Set<String> locales(StrictObject request, Violations violations) {
    Set<String> found = strings(request, "locales", violations);
    found.stream()
        .filter(l -> !locales.settings().isConfigured(l))
        .forEach(l -> violations.add("locales", "unknown locale '" + l + "'"));
    return found;
  }

  private Set<String> contentTypes(StrictObject request, Violations violations) {
    Set<String> found = strings(request, "contentTypes", violations);
    found.stream()
        .filter(t -> types.definition(TypeKind.CONTENT, t).isEmpty())
        .forEach(t -> violations.add("contentTypes", "unknown content type '" + t + "'"));
    return found;
  }

  private static Set<String> strings(StrictObject request, String key, Violations violations) {
    Set<String> values = new LinkedHashSet<>();
    JsonArray array = request.array(key, false).orElse(jakarta.json.JsonValue.EMPTY_JSON_ARRAY);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString text) {
        values.add(text.getString());
      } else {
        violations.add(key + "[" + i + "]", "must be a string");
      }
    }
    return values;
  }
}
