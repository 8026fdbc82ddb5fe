package no.ordna.cms.api.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.ordna.cms.api.contenttype.ContentTypeKeys;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.identity.application.UserChange;
import no.ordna.cms.identity.application.UserDraft;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;

/**
 * Reads user requests strictly into their records, then checks their names: known roles, configured
 * locales, existing content types. Every problem of a body is reported at once.
 */
@ApplicationScoped
public class UserRequests {

  @Inject LocaleService locales;
  @Inject ContentTypeService types;

  UserDraft draft(JsonObject body) {
    Violations violations = new Violations();
    CreateUserRequest request = CreateUserRequest.read(body, violations);
    Set<Role> roles = roles(request.roles(), violations);
    Set<String> grantedLocales = locales(request.locales(), violations);
    Set<String> typeKeys = contentTypes(request.contentTypes(), violations);
    violations.throwIfAny("Invalid user");
    return new UserDraft(request.username(), request.password(), roles, grantedLocales, typeKeys);
  }

  UserChange change(JsonObject body) {
    Violations violations = new Violations();
    ChangeUserRequest request = ChangeUserRequest.read(body, violations);
    Set<Role> roles = request.roles() == null ? null : roles(request.roles(), violations);
    Set<String> grantedLocales =
        request.locales() == null ? null : locales(request.locales(), violations);
    Set<String> typeKeys =
        request.contentTypes() == null ? null : contentTypes(request.contentTypes(), violations);
    violations.throwIfAny("Invalid user change");
    return new UserChange(request.disabled(), roles, grantedLocales, typeKeys);
  }

  private static Set<Role> roles(List<String> names, Violations violations) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
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

  private Set<String> locales(List<String> codes, Violations violations) {
    Set<String> found = new LinkedHashSet<>(codes);
    found.stream()
        .filter(l -> !locales.settings().isConfigured(l))
        .forEach(l -> violations.add("locales", "unknown locale '" + l + "'"));
    return found;
  }

  private Set<String> contentTypes(List<String> keys, Violations violations) {
    Set<String> found = new LinkedHashSet<>(keys);
    found.stream()
        .filter(t -> !ContentTypeKeys.known(types, t))
        .forEach(t -> violations.add("contentTypes", "unknown content type '" + t + "'"));
    return found;
  }

  /** The strings of an array member (absent: none); other values are violations. */
  static List<String> strings(StrictObject request, String key, Violations violations) {
    Set<String> values = new LinkedHashSet<>();
    JsonArray array = request.array(key, false).orElse(JsonValue.EMPTY_JSON_ARRAY);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString text) {
        values.add(text.getString());
      } else {
        violations.add(key + "[" + i + "]", "must be a string");
      }
    }
    return List.copyOf(values);
  }
}
