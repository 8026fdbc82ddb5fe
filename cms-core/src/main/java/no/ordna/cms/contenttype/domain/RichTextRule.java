package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import no.ordna.cms.shared.Jsons;

/**
 * HTML, at most {@code maxLength} characters ({@link FieldValidator#DEFAULT_RICH_TEXT_MAX} without
 * it) before it is sanitised to the allow-list of {@link RichText}.
 */
final class RichTextRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check
        .string(value, path)
        .flatMap(
            html -> {
              int max = field.intOption("maxLength").orElse(FieldValidator.DEFAULT_RICH_TEXT_MAX);
              if (html.length() > max) {
                return check.refuse(
                    path, "is " + html.length() + " characters long; at most " + max + " allowed");
              }
              return Optional.of(Jsons.createValue(RichText.sanitize(html)));
            });
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    return Jsons.createObjectBuilder()
        .add("type", "string")
        .add("contentMediaType", "text/html")
        .add("description", "HTML kept by the sanitiser")
        .build();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    return "RichTextHtml";
  }

  @Override
  public void index(FieldDefinition field, JsonValue value, Consumer<IndexEntry> into) {
    // markup is not filterable
  }

  @Override
  public Optional<IndexColumn> filterColumn() {
    return Optional.empty();
  }

  @Override
  public TextForm textForm() {
    return TextForm.RICH;
  }
}
