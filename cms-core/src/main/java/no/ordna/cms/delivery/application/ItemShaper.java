package no.ordna.cms.delivery.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.AssetUses;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldValidator;
import no.ordna.cms.contenttype.domain.References;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.shared.Jsons;

/**
 * Turns a stored snapshot into what a reader gets: only the fields its type has now (and those the
 * reader selected), references to items the reader cannot see taken out, and the locale it was
 * served in and whether that is a fallback.
 */
final class ItemShaper {

  private final Function<String, Optional<TypeDefinition>> contentTypes;
  private final References references;
  private final AssetUses assetUses;

  ItemShaper(
      Function<String, Optional<TypeDefinition>> contentTypes,
      Function<String, Optional<TypeDefinition>> blockTypes) {
    this.contentTypes = contentTypes;
    this.references = new References(blockTypes);
    this.assetUses = new AssetUses(blockTypes);
  }

  /** The asset ids a shaped item's fields use. */
  Set<String> assetsOf(JsonObject shaped) {
    JsonObject fields = shaped.getJsonObject("fields");
    return contentTypes
        .apply(shaped.getString("type", ""))
        .map(type -> fields == null ? Set.<String>of() : assetUses.ids(type, fields))
        .orElse(Set.of());
  }

  /** The ids an item's current fields refer to. */
  Set<String> referencesOf(Snapshot snapshot) {
    return contentTypes
        .apply(snapshot.typeKey())
        .map(type -> references.collect(type, currentFields(type, snapshot.document())))
        .orElse(Set.of());
  }

  /**
   * The reader's view of a snapshot. Localized fields that are empty in it and whose definition
   * allows fallback take their value from {@code alternatives} (the item's snapshots in the later
   * locales of the chain, in order); {@code fieldFallbacks} says which.
   */
  JsonObject shape(
      Snapshot snapshot,
      String requestedLocale,
      Set<String> selected,
      Map<String, Snapshot> visible,
      List<Snapshot> alternatives) {
    JsonObject document = snapshot.document();
    TypeDefinition type = contentTypes.apply(snapshot.typeKey()).orElseThrow();
    JsonObject fields = currentFields(type, document);
    JsonObjectBuilder borrowed = Jsons.createObjectBuilder();
    if (!alternatives.isEmpty()) {
      JsonObjectBuilder filled = Jsons.createObjectBuilder(fields);
      List<JsonObject> alternativeFields = new ArrayList<>();
      for (FieldDefinition field : type.fields()) {
        if (!field.localized()
            || !field.fallback()
            || !FieldValidator.isEmpty(fields.get(field.key()))) {
          continue;
        }
        for (int i = 0; i < alternatives.size(); i++) {
          if (alternativeFields.size() == i) {
            // each alternative's document is read once, when a field first needs it
            alternativeFields.add(currentFields(type, alternatives.get(i).document()));
          }
          JsonValue value = alternativeFields.get(i).get(field.key());
          if (!FieldValidator.isEmpty(value)) {
            filled.add(field.key(), value);
            borrowed.add(field.key(), alternatives.get(i).locale());
            break;
          }
        }
      }
      fields = filled.build();
    }
    if (!selected.isEmpty()) {
      JsonObjectBuilder chosen = Jsons.createObjectBuilder();
      fields.forEach(
          (k, v) -> {
            if (selected.contains(k)) {
              chosen.add(k, v);
            }
          });
      fields = chosen.build();
    }
    fields = references.retain(type, fields, visible::containsKey);
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    document.forEach(
        (k, v) -> {
          if (!k.equals("fields")) {
            out.add(k, v);
          }
        });
    out.add("fallback", !snapshot.locale().equals(requestedLocale));
    JsonObject fieldFallbacks = borrowed.build();
    if (!fieldFallbacks.isEmpty()) {
      out.add("fieldFallbacks", fieldFallbacks);
    }
    return out.add("fields", fields).build();
  }

  private static JsonObject currentFields(TypeDefinition type, JsonObject document) {
    JsonObject stored = document.getJsonObject("fields");
    JsonObjectBuilder current = Jsons.createObjectBuilder();
    if (stored != null) {
      stored.forEach(
          (k, v) -> {
            if (type.field(k).isPresent() && v != JsonValue.NULL) {
              current.add(k, v);
            }
          });
    }
    return current.build();
  }
}
