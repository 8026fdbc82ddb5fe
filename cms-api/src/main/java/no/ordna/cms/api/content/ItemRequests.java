package no.ordna.cms.api.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import no.ordna.cms.api.contenttype.ContentTypeKeys;
import no.ordna.cms.api.json.RequestBodies;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ItemQuery;
import no.ordna.cms.content.domain.TranslationFilter;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;

/** Reads item requests (bodies and list parameters) strictly, reporting every problem. */
@ApplicationScoped
public class ItemRequests {

  /** The largest page the list gives. */
  public static final int MAX_LIMIT = 100;

  @Inject LocaleService locales;
  @Inject ContentTypeService types;

  /** A time zone named in a request (null when none), e.g. {@code Europe/Oslo}. */
  static java.time.ZoneId zone(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return java.time.ZoneId.of(name);
    } catch (java.time.DateTimeException e) {
      throw no.ordna.cms.shared.InvalidInputException.of(
          "zone", "unknown time zone '" + name + "'");
    }
  }

  /** A new item: its type, first locale and field values. */
  CreateItemRequest newItem(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("type", "locale", "fields"));
    String type = request.string("type", true).orElse(null);
    String locale = request.string("locale", true).orElse(null);
    JsonObject fields = request.object("fields", false).orElse(JsonValue.EMPTY_JSON_OBJECT);
    violations.throwIfAny("Invalid item");
    return new CreateItemRequest(type, locale, fields);
  }

  /** The type a new item names; a text that cannot be a type key is an unknown type (400). */
  TypeKey typeKey(CreateItemRequest request) {
    return TypeKey.parse(request.type())
        .orElseThrow(() -> ContentService.unknownType(request.type()));
  }

  /** The locale a new item names; a text that cannot be a locale is not configured (400). */
  LocaleCode localeCode(CreateItemRequest request) {
    return LocaleCode.exactly(request.locale())
        .orElseThrow(() -> locales.notConfigured(request.locale(), "locale"));
  }

  /** A variant save: its field values and, for a new translation, the locale it translates. */
  SaveVariantRequest variantSave(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request = new StrictObject(RequestBodies.require(body), "", violations);
    request.allowOnly(Set.of("fields", "sourceLocale", "comment"));
    JsonObject fields = request.object("fields", true).orElse(JsonValue.EMPTY_JSON_OBJECT);
    String sourceLocale = request.string("sourceLocale", false).orElse(null);
    String comment = request.string("comment", false).orElse(null);
    if (comment != null && comment.length() > 1000) {
      violations.add("comment", "at most 1000 characters");
    }
    violations.throwIfAny("Invalid variant");
    return new SaveVariantRequest(fields, sourceLocale, comment);
  }

  /** A restore: its comment and whether the shared values come back too (no body: neither). */
  static RestoreRequest restore(JsonValue body) {
    Violations violations = new Violations();
    StrictObject request =
        new StrictObject(
            body == null ? JsonValue.EMPTY_JSON_OBJECT : RequestBodies.require(body),
            "",
            violations);
    request.allowOnly(Set.of("comment", "includeShared"));
    String comment = request.string("comment", false).orElse(null);
    boolean includeShared = request.bool("includeShared", false);
    violations.throwIfAny("Invalid restore");
    return new RestoreRequest(comment, includeShared);
  }

  /** A revision number of the diff's {@code from} or {@code to}. */
  static int revisionNumber(String text, String name, Violations violations) {
    if (text == null || !text.matches("\\d{1,9}")) {
      violations.add(name, "must be a revision number");
      return 0;
    }
    return Integer.parseInt(text);
  }

  ItemQuery query(
      String type,
      String locale,
      String status,
      String q,
      String updatedBy,
      String scheduled,
      String sort,
      String translation,
      Violations violations) {
    if (updatedBy != null && (updatedBy.isBlank() || updatedBy.length() > 100)) {
      violations.add("updatedBy", "must be a user name");
    }
    if (scheduled != null && !scheduled.equals("true") && !scheduled.equals("false")) {
      violations.add("scheduled", "must be true or false");
    }
    if (type != null && !ContentTypeKeys.known(types, type)) {
      violations.add("type", "unknown content type '" + type + "'");
    }
    if (locale != null && !locales.settings().isConfigured(locale)) {
      violations.add("locale", "unknown locale; configured: " + locales.settings().locales());
    }
    VariantStatus parsedStatus = null;
    if (status != null) {
      parsedStatus = VariantStatus.fromWireName(status).orElse(null);
      if (parsedStatus == null) {
        violations.add("status", "unknown status '" + status + "'");
      }
    }
    TranslationFilter parsedTranslation = null;
    if (translation != null) {
      parsedTranslation = TranslationFilter.fromWireName(translation).orElse(null);
      if (parsedTranslation == null) {
        violations.add("translation", "must be one of missing, outdated, in_progress, done");
      } else if (locale == null) {
        violations.add("translation", "needs a locale: the translation's target");
      } else if (parsedTranslation == TranslationFilter.MISSING) {
        if (status != null) {
          violations.add(
              "status",
              "cannot be combined with translation=missing: there is no variant in '"
                  + locale
                  + "' to have a status");
        }
        if ("title".equals(sort)) {
          violations.add(
              "sort",
              "cannot sort by title in '"
                  + locale
                  + "' the items that have no variant in it (translation=missing)");
        }
      }
    }
    boolean byTitle = "title".equals(sort);
    if (sort != null && !byTitle && !"-updatedAt".equals(sort)) {
      violations.add("sort", "must be -updatedAt (default) or title");
    }
    if (byTitle && locale == null) {
      violations.add("sort", "sorting by title needs a locale, whose alphabet it follows");
    }
    String text =
        q == null || q.isBlank() ? null : no.ordna.cms.localization.text.TextFolding.fold(q);
    return new ItemQuery(
        type,
        locale,
        parsedStatus,
        text,
        updatedBy == null ? null : updatedBy.trim().toLowerCase(java.util.Locale.ROOT),
        "true".equals(scheduled),
        byTitle ? locale : null,
        parsedTranslation);
  }
}
