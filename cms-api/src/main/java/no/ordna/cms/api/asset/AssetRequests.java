package no.ordna.cms.api.asset;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.asset.application.AssetUpdate;
import no.ordna.cms.asset.domain.AssetText;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.JsonDocuments;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.StrictObject;
import no.ordna.cms.shared.Violations;

/**
 * Reads what clients send about an asset: the JSON body of a change ({@code texts}, {@code
 * focalPoint}, {@code fileName}), or the simple form fields (or query parameters) of an upload:
 * {@code texts} (the same JSON), {@code locale} with {@code title}, {@code alt}, {@code caption},
 * {@code credit}, {@code licence}, {@code focalPoint} as {@code x,y}, and {@code fileName}.
 */
final class AssetRequests {

  static final Set<String> FORM_FIELDS =
      Set.of(
          "texts",
          "locale",
          "title",
          "alt",
          "caption",
          "credit",
          "licence",
          "focalPoint",
          "fileName");

  private AssetRequests() {}

  static AssetUpdate fromJson(JsonObject body) {
    Violations violations = new Violations();
    StrictObject object = new StrictObject(body, "", violations);
    object.allowOnly(Set.of("texts", "focalPoint", "fileName"));
    JsonObject texts = object.object("texts", false).orElse(JsonValue.EMPTY_JSON_OBJECT);
    FocalPoint focal =
        object
            .object("focalPoint", false)
            .map(
                f -> {
                  try {
                    return new FocalPoint(
                        f.getJsonNumber("x").doubleValue(), f.getJsonNumber("y").doubleValue());
                  } catch (RuntimeException e) {
                    violations.add("focalPoint", "must be {\"x\": 0-1, \"y\": 0-1}");
                    return null;
                  }
                })
            .orElse(null);
    String fileName = object.string("fileName", false).orElse(null);
    violations.throwIfAny("Invalid asset change");
    return new AssetUpdate(texts, focal, fileName);
  }

  /** An upload's fields, by name (each given once). */
  static AssetUpdate fromForm(Map<String, String> form, String fileName) {
    for (String name : form.keySet()) {
      if (!FORM_FIELDS.contains(name)) {
        throw InvalidInputException.of(name, "unknown field; known: " + FORM_FIELDS);
      }
    }
    JsonObjectBuilder texts =
        Jsons.createObjectBuilder(
            form.containsKey("texts")
                ? parseObject(form.get("texts"))
                : JsonValue.EMPTY_JSON_OBJECT);
    JsonObjectBuilder simple = Jsons.createObjectBuilder();
    AssetText.MAX_LENGTHS.keySet().stream()
        .filter(form::containsKey)
        .forEach(member -> simple.add(member, form.get(member)));
    JsonObject simpleTexts = simple.build();
    if (!simpleTexts.isEmpty()) {
      texts.add(form.getOrDefault("locale", "nb"), simpleTexts);
    }
    return new AssetUpdate(
        texts.build(), focal(form.get("focalPoint")), form.getOrDefault("fileName", fileName));
  }

  private static JsonObject parseObject(String text) {
    try {
      return JsonDocuments.parseObject(text);
    } catch (RuntimeException e) {
      throw InvalidInputException.of("texts", "must be a JSON object of texts per locale");
    }
  }

  private static FocalPoint focal(String text) {
    if (text == null) {
      return null;
    }
    try {
      String[] parts = text.split(",");
      return new FocalPoint(
          Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    } catch (RuntimeException e) {
      throw InvalidInputException.of("focalPoint", "must be x,y with each from 0 to 1");
    }
  }
}
