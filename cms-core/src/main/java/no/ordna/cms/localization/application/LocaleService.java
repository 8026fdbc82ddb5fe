package no.ordna.cms.localization.application;

import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.localization.domain.LocalesChanged;
import no.ordna.cms.platform.settings.SettingsRepository;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;
import org.eclipse.microprofile.config.Config;

/**
 * The locale settings in force. An administrator's settings (stored in the database, changed
 * through the API) win; until there are any, configuration gives them: {@code cms.locales} (default
 * {@code nb,nn,en,se,smj,sma}), {@code cms.locales.default} ({@code nb}) and {@code
 * cms.locales.fallback.<locale>} (a comma-separated chain; default: the default locale).
 */
@ApplicationScoped
public class LocaleService {

  static final String SETTING = "locales";
  private static final Set<String> LANGUAGES = Set.of(ULocale.getISOLanguages());

  @Inject no.ordna.cms.audit.application.AuditTrail audit;
  @Inject Config config;
  @Inject SettingsRepository settingsRepository;
  @Inject Event<LocalesChanged> changed;

  private volatile VersionedLocaleSettings current;

  @PostConstruct
  void load() {
    current = stored(settingsRepository.find(SETTING));
  }

  private VersionedLocaleSettings stored(java.util.Optional<String> text) {
    return text.map(LocaleService::fromJson)
        .orElseGet(() -> new VersionedLocaleSettings(fromConfig(), 0));
  }

  /** Reads the settings again (after another instance changed them). */
  public void reload() {
    load();
  }

  private LocaleSettings fromConfig() {
    List<String> locales =
        split(config.getOptionalValue("cms.locales", String.class).orElse("nb,nn,en,se,smj,sma"));
    String defaultLocale =
        config.getOptionalValue("cms.locales.default", String.class).orElse("nb");
    Map<String, List<String>> chains = new HashMap<>();
    for (String locale : locales) {
      config
          .getOptionalValue("cms.locales.fallback." + locale, String.class)
          .ifPresent(chain -> chains.put(locale, split(chain)));
    }
    return new LocaleSettings(locales, defaultLocale, chains);
  }

  private static List<String> split(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public LocaleSettings settings() {
    return current.settings();
  }

  /** The settings in force with their revision (and so their ETag). */
  public VersionedLocaleSettings current() {
    return current;
  }

  /**
   * The language's name in English, in Norwegian Bokmål (the languages of the editorial app) and in
   * itself, e.g. "Northern Sami", "nordsamisk", "davvisámegiella" (CLDR, through ICU).
   */
  public static Map<String, String> names(String locale) {
    ULocale tag = ULocale.forLanguageTag(locale);
    Map<String, String> names = new LinkedHashMap<>();
    names.put("en", tag.getDisplayName(ULocale.ENGLISH));
    names.put("nb", tag.getDisplayName(NORWEGIAN_BOKMAL));
    names.put(locale, tag.getDisplayName(tag));
    return names;
  }

  private static final ULocale NORWEGIAN_BOKMAL = ULocale.forLanguageTag("nb");

  /**
   * Replaces the settings: {@code {"default": "nb", "items": [{"code": "se", "fallback": ["nb"]},
   * …]}}. Codes must be BCP 47 tags of known ISO 639 languages; chains must name configured locales
   * and form no cycle. Locales that hold content cannot be removed. {@code expected} must name the
   * current settings' ETag (or be {@code *}): 428 without, 412 when another change came first.
   */
  @Transactional
  public VersionedLocaleSettings update(
      JsonObject json,
      ExpectedVersion expected,
      Map<String, Long> variantsPerLocale,
      no.ordna.cms.identity.domain.Caller caller) {
    // read under a lock from the database, not from this instance's copy: another instance may
    // have saved a change this one has not reloaded yet
    VersionedLocaleSettings before = stored(settingsRepository.findForUpdate(SETTING));
    expected.require("locale configuration", before.etag());
    Violations violations = new Violations();
    StrictObject body = new StrictObject(json, "", violations);
    body.allowOnly(Set.of("default", "items"));
    String defaultLocale = body.string("default", true).orElse("");
    List<JsonValue> items =
        body.array("items", true).map(a -> (List<JsonValue>) a).orElse(List.of());
    List<String> codes = new java.util.ArrayList<>();
    Map<String, List<String>> chains = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      readItem(items.get(i), "items[" + i + "]", violations, codes, chains);
    }
    violations.throwIfAny("Invalid locale settings");
    for (var entry : variantsPerLocale.entrySet()) {
      if (!codes.contains(entry.getKey()) && entry.getValue() > 0) {
        violations.add(
            "items",
            "locale '"
                + entry.getKey()
                + "' holds "
                + entry.getValue()
                + " variants (items in the trash count too) and cannot be removed");
      }
    }
    violations.throwIfAny("Invalid locale settings");
    LocaleSettings updated;
    try {
      updated = new LocaleSettings(codes, defaultLocale, chains);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("items", e.getMessage());
    }
    VersionedLocaleSettings saved = new VersionedLocaleSettings(updated, before.revision() + 1);
    settingsRepository.put(
        SETTING,
        JsonDocuments.write(
            Jsons.createObjectBuilder(toJson(updated)).add("revision", saved.revision()).build()));
    audit.recordOn(caller, "locales.update", "locales", null, toJson(updated));
    current = saved;
    changed.fire(new LocalesChanged());
    return saved;
  }

  private static void readItem(
      JsonValue value,
      String path,
      Violations violations,
      List<String> codes,
      Map<String, List<String>> chains) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      violations.add(path, "must be an object {\"code\", \"fallback\"}");
      return;
    }
    StrictObject item = new StrictObject(value.asJsonObject(), path, violations);
    item.allowOnly(Set.of("code", "fallback", "default", "name"));
    String code = item.string("code", true).orElse(null);
    if (code == null) {
      return;
    }
    if (LocaleCode.parse(code).map(LocaleCode::value).filter(code::equals).isEmpty()
        || !LANGUAGES.contains(code.split("-")[0])) {
      violations.add(
          path + ".code", "'" + code + "' is not a BCP 47 tag of a known ISO 639 language");
      return;
    }
    if (codes.contains(code)) {
      violations.add(path + ".code", "'" + code + "' is listed twice");
      return;
    }
    codes.add(code);
    item.array("fallback", false)
        .ifPresent(
            chain ->
                chains.put(
                    code,
                    chain.stream()
                        .map(v -> v instanceof JsonString s ? s.getString() : "?")
                        .toList()));
  }

  public static JsonObject toJson(LocaleSettings settings) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    for (String locale : settings.locales()) {
      items.add(
          Jsons.createObjectBuilder()
              .add("code", locale)
              .add("default", locale.equals(settings.defaultLocale()))
              .add("name", Jsons.createObjectBuilder(new HashMap<String, Object>(names(locale))))
              .add("fallback", Jsons.createArrayBuilder(settings.fallbackChain(locale))));
    }
    return Jsons.createObjectBuilder()
        .add("default", settings.defaultLocale())
        .add("items", items)
        .build();
  }

  private static VersionedLocaleSettings fromJson(String text) {
    JsonObject json = JsonDocuments.parseObject(text);
    List<String> codes = new java.util.ArrayList<>();
    Map<String, List<String>> chains = new LinkedHashMap<>();
    for (JsonValue value : json.getJsonArray("items")) {
      JsonObject item = value.asJsonObject();
      codes.add(item.getString("code"));
      chains.put(
          item.getString("code"),
          item.getJsonArray("fallback").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
    }
    // settings saved before revisions were counted have none: they count as revision 1
    long revision = json.containsKey("revision") ? json.getJsonNumber("revision").longValue() : 1;
    return new VersionedLocaleSettings(
        new LocaleSettings(codes, json.getString("default"), chains), revision);
  }

  /** Checks a locale named in a request body; 400 with the path when it is not configured. */
  public String requireConfigured(String locale, String path) {
    if (locale == null || !settings().isConfigured(locale)) {
      throw notConfigured(locale, path);
    }
    return locale;
  }

  /** The answer for a locale named in a request body that is not configured: 400 with the path. */
  public InvalidInputException notConfigured(String locale, String path) {
    return InvalidInputException.of(
        path, "unknown locale '" + locale + "'; configured: " + settings().locales());
  }

  /** Checks a locale named in a URL; 404 when it is not configured. */
  public String requireConfiguredInPath(String locale) {
    if (locale == null || !settings().isConfigured(locale)) {
      throw notConfiguredInPath(locale);
    }
    return locale;
  }

  /** The answer for a locale named in a URL that is not configured: 404. */
  public NotFoundException notConfiguredInPath(String locale) {
    return new NotFoundException(
        "unknown-locale",
        "Locale '" + locale + "' is not configured; configured: " + settings().locales());
  }
}
