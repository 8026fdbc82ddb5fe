package no.ordna.cms.translation.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.translation.inline.RichSegment;
import no.ordna.cms.translation.inline.RichTextSegmenter;
import no.ordna.cms.translation.inline.SegmentedRichText;
import no.ordna.cms.translation.inline.TaggedText;

/**
 * The translatable texts of a variant's values, in field order: every localized text field, every
 * rich-text field cut into segments, and the same inside each block of a localized blocks field.
 * Empty values give no units. Kept with the segmented rich text, so translated segments can be put
 * back into the structure they came from.
 */
public final class TranslatableTexts {

  private final Map<String, TextUnit> units = new LinkedHashMap<>();
  private final Map<TextPlace, SegmentedRichText> richText = new LinkedHashMap<>();

  private TranslatableTexts() {}

  /**
   * @param blockTypes the block type definitions by key
   */
  public static TranslatableTexts of(
      TypeDefinition type,
      JsonObject values,
      Function<String, Optional<TypeDefinition>> blockTypes) {
    TranslatableTexts texts = new TranslatableTexts();
    for (FieldDefinition field : type.fields()) {
      JsonValue value = values.get(field.key());
      if (!field.localized() || value == null) {
        continue;
      }
      if (field.type().holdsBlocks() && value.getValueType() == JsonValue.ValueType.ARRAY) {
        for (JsonValue element : value.asJsonArray()) {
          if (element instanceof JsonObject block && block.get("id") instanceof JsonString id) {
            texts.block(field.key(), id.getString(), block, blockTypes);
          }
        }
      } else {
        texts.add(TextPlace.field(field.key()), null, field, value);
      }
    }
    return texts;
  }

  private void block(
      String field,
      String id,
      JsonObject block,
      Function<String, Optional<TypeDefinition>> blockTypes) {
    String blockType = block.getString("type", "");
    JsonObject fields =
        block.get("fields") instanceof JsonObject inner ? inner : JsonValue.EMPTY_JSON_OBJECT;
    blockTypes
        .apply(blockType)
        .ifPresent(
            type ->
                type.fields()
                    .forEach(
                        f ->
                            add(
                                new TextPlace(field, id, f.key()),
                                blockType,
                                f,
                                fields.get(f.key()))));
  }

  private void add(TextPlace place, String blockType, FieldDefinition field, JsonValue value) {
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      return;
    }
    boolean translate =
        field.options().get("translate") != JsonValue.FALSE
            && field.stringListOption("allowedValues").isEmpty();
    switch (field.type().textForm()) {
      case PLAIN -> {
        TaggedText text = TaggedText.plain(string.getString());
        put(new TextUnit(place.key(), place, 0, blockType, null, field, text, translate));
      }
      case RICH -> {
        SegmentedRichText segmented = RichTextSegmenter.segment(string.getString());
        richText.put(place, segmented);
        List<RichSegment> segments = segmented.segments();
        for (int i = 0; i < segments.size(); i++) {
          RichSegment segment = segments.get(i);
          String id = place.key() + ":" + (i + 1);
          put(
              new TextUnit(
                  id,
                  place,
                  i + 1,
                  blockType,
                  segment.context(),
                  field,
                  segment.text(),
                  translate));
        }
      }
      case NONE -> {
        // numbers, dates, references, … are not translated
      }
    }
  }

  private void put(TextUnit unit) {
    units.put(unit.id(), unit);
  }

  public List<TextUnit> units() {
    return List.copyOf(units.values());
  }

  public Optional<TextUnit> unit(String id) {
    return Optional.ofNullable(units.get(id));
  }

  /** The segments of a rich-text value, in order. */
  public Optional<SegmentedRichText> richText(TextPlace place) {
    return Optional.ofNullable(richText.get(place));
  }

  /** The units of one place, in order. */
  public List<TextUnit> unitsAt(TextPlace place) {
    List<TextUnit> found = new ArrayList<>();
    units.values().stream().filter(u -> u.place().equals(place)).forEach(found::add);
    return found;
  }
}
