package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import no.ordna.cms.shared.Jsons;

/** One explicit change between two versions of a definition, e.g. a field added or removed. */
public record DefinitionChange(Kind kind, String field, String detail) {

  /** What changed. */
  public enum Kind {
    FIELD_ADDED,
    FIELD_REMOVED,
    FIELD_TYPE_CHANGED,
    FIELD_LOCALIZATION_CHANGED,
    FIELD_MADE_REQUIRED,
    FIELD_OPTIONS_CHANGED,
    FIELDS_REORDERED,
    TYPE_PROPERTIES_CHANGED
  }

  public JsonObject toJson() {
    var json = Jsons.createObjectBuilder().add("change", kind.name().toLowerCase());
    if (field != null) {
      json.add("field", field);
    }
    if (detail != null) {
      json.add("detail", detail);
    }
    return json.build();
  }
}
