package no.ordna.cms.asset.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ordna.cms.shared.Jsons;

/**
 * An asset's texts in one locale. Each member may be absent (null); present ones are trimmed,
 * non-blank and within {@link #MAX_LENGTHS}.
 */
public record AssetText(String title, String alt, String caption, String credit, String licence) {

  /** The members and their length caps, in the order they are shown. */
  public static final Map<String, Integer> MAX_LENGTHS = maxLengths();

  private static Map<String, Integer> maxLengths() {
    Map<String, Integer> caps = new LinkedHashMap<>();
    caps.put("title", 300);
    caps.put("alt", 500);
    caps.put("caption", 2000);
    caps.put("credit", 300);
    caps.put("licence", 300);
    return java.util.Collections.unmodifiableMap(caps);
  }

  public static final AssetText EMPTY = new AssetText(null, null, null, null, null);

  public static AssetText of(Map<String, String> values) {
    return new AssetText(
        values.get("title"),
        values.get("alt"),
        values.get("caption"),
        values.get("credit"),
        values.get("licence"));
  }

  /** The member by its wire name. */
  public String get(String member) {
    return switch (member) {
      case "title" -> title;
      case "alt" -> alt;
      case "caption" -> caption;
      case "credit" -> credit;
      case "licence" -> licence;
      default -> throw new IllegalArgumentException(member);
    };
  }

  public boolean isEmpty() {
    return MAX_LENGTHS.keySet().stream().allMatch(m -> get(m) == null);
  }

  public boolean hasAlt() {
    return alt != null && !alt.isBlank();
  }

  public JsonObject toJson() {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    MAX_LENGTHS
        .keySet()
        .forEach(
            m -> {
              if (get(m) != null) {
                json.add(m, get(m));
              }
            });
    return json.build();
  }
}
