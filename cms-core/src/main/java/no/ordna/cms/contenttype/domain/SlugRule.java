package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import no.ordna.cms.localization.text.Slugs;
import no.ordna.cms.shared.Jsons;

/** Lower-case letters a-z, digits and single hyphens ({@link Slugs#isValid}). */
final class SlugRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            text ->
                Slugs.isValid(text)
                    ? Optional.of(Jsons.createValue(text))
                    : check.refuse(
                        path, "must be lower-case letters a-z, digits and single hyphens"));
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder()
        .add("type", "string")
        .add("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$")
        .build();
  }
}
