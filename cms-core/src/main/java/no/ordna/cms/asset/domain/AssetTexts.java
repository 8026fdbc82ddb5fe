package no.ordna.cms.asset.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.Violations;

/**
 * An asset's texts per locale, e.g. {@code {"nb": {"title": "…", "alt": "…"}, "se": {…}}}.
 * Immutable; locales without any text are left out. Reading a text for a reader follows a locale
 * chain member by member, like localized content fields fall back.
 */
public final class AssetTexts {

  public static final AssetTexts NONE = new AssetTexts(Map.of());

  private final Map<String, AssetText> byLocale;

  private AssetTexts(Map<String, AssetText> byLocale) {
    Map<String, AssetText> kept = new TreeMap<>();
    byLocale.forEach(
        (locale, text) -> {
          if (!text.isEmpty()) {
            kept.put(locale, text);
          }
        });
    this.byLocale = Collections.unmodifiableMap(kept);
  }

  public Map<String, AssetText> byLocale() {
    return byLocale;
  }

  public AssetText in(String locale) {
    return byLocale.getOrDefault(locale, AssetText.EMPTY);
  }

  /** Whether the locale itself (not a fallback) has an alt text. */
  public boolean hasAltIn(String locale) {
    return in(locale).hasAlt();
  }

  /**
   * These texts with the given locales' members changed: a member given as a string is set, as
   * {@code null} or {@code ""} removed; members not named stay; a locale given as {@code null}
   * loses all its texts. Problems land in {@code violations} under {@code path}.
   */
  public AssetTexts with(JsonObject changes, String path, Violations violations) {
    Map<String, AssetText> result = new LinkedHashMap<>(byLocale);
    changes.forEach(
        (locale, value) -> {
          String localePath = path + "." + locale;
          if (value == JsonValue.NULL) {
            result.remove(locale);
            return;
          }
          if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(localePath, "must be an object of texts or null");
            return;
          }
          Map<String, String> members = new LinkedHashMap<>();
          AssetText current = in(locale);
          AssetText.MAX_LENGTHS.keySet().forEach(m -> members.put(m, current.get(m)));
          value
              .asJsonObject()
              .forEach(
                  (member, text) -> {
                    String memberPath = localePath + "." + member;
                    Integer max = AssetText.MAX_LENGTHS.get(member);
                    if (max == null) {
                      violations.add(
                          memberPath, "unknown text; known: " + AssetText.MAX_LENGTHS.keySet());
                    } else if (text == JsonValue.NULL) {
                      members.put(member, null);
                    } else if (!(text instanceof JsonString string)) {
                      violations.add(
                          memberPath, "must be a string, not " + JsonDocuments.typeName(text));
                    } else {
                      String clean = JsonDocuments.nfc(string.getString()).strip();
                      if (clean.codePointCount(0, clean.length()) > max) {
                        violations.add(memberPath, "at most " + max + " characters allowed");
                      } else if (clean.indexOf('\n') >= 0 && !member.equals("caption")) {
                        violations.add(memberPath, "must be a single line");
                      } else {
                        members.put(member, clean.isEmpty() ? null : clean);
                      }
                    }
                  });
          result.put(locale, AssetText.of(members));
        });
    return new AssetTexts(result);
  }

  /**
   * The texts a reader of {@code chain} (served locale first) gets: each member from the first
   * locale in the chain that has it; {@code textLocales} says which locale each came from.
   */
  public JsonObject resolve(List<String> chain) {
    JsonObjectBuilder texts = Jsons.createObjectBuilder();
    JsonObjectBuilder from = Jsons.createObjectBuilder();
    for (String member : AssetText.MAX_LENGTHS.keySet()) {
      for (String locale : chain) {
        String value = in(locale).get(member);
        if (value != null) {
          texts.add(member, value);
          from.add(member, locale);
          break;
        }
      }
    }
    return texts.add("textLocales", from).build();
  }

  public JsonObject toJson() {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    byLocale.forEach((locale, text) -> json.add(locale, text.toJson()));
    return json.build();
  }

  public static AssetTexts fromJson(JsonObject json) {
    Violations ignored = new Violations();
    return NONE.with(json, "texts", ignored);
  }
}
