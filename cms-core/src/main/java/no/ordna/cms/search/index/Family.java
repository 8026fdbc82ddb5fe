package no.ordna.cms.search.index;

import java.util.Locale;
import java.util.Set;

/**
 * How the text of a locale is analysed; each family has its own fields in the index. Locales map by
 * language: {@code nb} (and {@code no}) and {@code nn} to Norwegian with light stemming, {@code en}
 * to English, the Sámi languages to exact words, anything else to plain lower-cased words.
 */
public enum Family {
  BOKMAL("nb"),
  NYNORSK("nn"),
  ENGLISH("en"),
  SAMI("sami"),
  OTHER("other");

  private static final Set<String> SAMI_LANGUAGES =
      Set.of("se", "smj", "sma", "smn", "sms", "sju", "sje");

  private final String id;

  Family(String id) {
    this.id = id;
  }

  /** The short name used in field names. */
  public String id() {
    return id;
  }

  public static Family of(String locale) {
    String language = locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
    if (SAMI_LANGUAGES.contains(language)) {
      return SAMI;
    }
    return switch (language) {
      case "nb", "no" -> BOKMAL;
      case "nn" -> NYNORSK;
      case "en" -> ENGLISH;
      default -> OTHER;
    };
  }

  static Family byId(String id) {
    for (Family family : values()) {
      if (family.id.equals(id)) {
        return family;
      }
    }
    return OTHER;
  }
}
