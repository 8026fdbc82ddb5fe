package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import no.ordna.cms.shared.Jsons;

/** An absolute http or https URL with a host, or a mailto URL; at most 2,000 characters. */
final class UrlRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            text ->
                accepted(text)
                    ? Optional.of(Jsons.createValue(text))
                    : check.refuse(path, "must be an absolute http, https or mailto URL"));
  }

  private static boolean accepted(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart() != null;
      return text.length() <= 2000 && (web || mail);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder().add("type", "string").add("format", "uri").build();
  }
}
