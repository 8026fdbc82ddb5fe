package no.ordna.cms.contenttype.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.ordna.cms.shared.Jsons;

/**
 * Plain text in NFC: at most {@code maxLength} characters (code points; {@link
 * FieldValidator#DEFAULT_TEXT_MAX} without it), at least {@code minLength} unless empty, one line
 * unless {@code multiline}, and one of {@code allowedValues} when given (an enum in the contract).
 */
final class TextRule implements FieldRule {

  @Override
  public Optional<JsonValue> checkOne(
      FieldDefinition field, JsonValue value, String path, FieldValidator check) {
    return check.string(value, path).flatMap(text -> text(field, text, path, check));
  }

  private static Optional<JsonValue> text(
      FieldDefinition field, String text, String path, FieldValidator check) {
    int length = text.codePointCount(0, text.length());
    int max = field.intOption("maxLength").orElse(FieldValidator.DEFAULT_TEXT_MAX);
    if (length > max) {
      return check.refuse(path, "is " + length + " characters long; at most " + max + " allowed");
    }
    int min = field.intOption("minLength").orElse(0);
    if (length < min && length > 0) {
      return check.refuse(path, "is " + length + " characters long; at least " + min + " needed");
    }
    if (!field.flag("multiline") && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
      return check.refuse(path, "must be a single line");
    }
    List<String> allowed = field.stringListOption("allowedValues");
    if (!allowed.isEmpty() && !allowed.contains(text)) {
      return check.refuse(path, "must be one of " + allowed);
    }
    return Optional.of(Jsons.createValue(text));
  }

  @Override
  public JsonObject schemaOfOne(FieldDefinition field) {
    JsonObjectBuilder schema = Jsons.createObjectBuilder().add("type", "string");
    field.intOption("maxLength").ifPresent(n -> schema.add("maxLength", n));
    field.intOption("minLength").ifPresent(n -> schema.add("minLength", n));
    List<String> allowed = field.stringListOption("allowedValues");
    if (!allowed.isEmpty()) {
      schema.add("enum", Jsons.createArrayBuilder(allowed));
    }
    return schema.build();
  }

  @Override
  public String typeScriptOfOne(FieldDefinition field, UnaryOperator<String> literal) {
    List<String> allowed = field.stringListOption("allowedValues");
    return allowed.isEmpty()
        ? "string"
        : allowed.stream().map(literal).collect(Collectors.joining(" | "));
  }

  @Override
  public TextForm textForm() {
    return TextForm.PLAIN;
  }
}
