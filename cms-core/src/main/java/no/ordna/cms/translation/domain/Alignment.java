package no.ordna.cms.translation.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.translation.inline.CodeAlignment;

/**
 * Pairs the units of a stored translation with the units of its source: a text field with the same
 * field; a rich-text field segment by segment when both have as many segments and each pair's codes
 * correspond. What cannot be paired is left out, never guessed.
 */
public final class Alignment {

  private Alignment() {}

  /** By source unit id: the translation's text with the source's code ids, and its own codes. */
  public static Map<String, CodeAlignment.Aligned> of(
      TranslatableTexts source, TranslatableTexts translation) {
    Map<String, CodeAlignment.Aligned> aligned = new LinkedHashMap<>();
    for (TextUnit unit : source.units()) {
      if (!unit.richText()) {
        translation
            .unit(unit.id())
            .filter(t -> !t.richText())
            .ifPresent(
                t ->
                    aligned.put(
                        unit.id(), new CodeAlignment.Aligned(t.text().fragments(), Map.of())));
        continue;
      }
      translation(source, translation, unit)
          .flatMap(t -> CodeAlignment.align(unit.text(), t.text()))
          .ifPresent(a -> aligned.put(unit.id(), a));
    }
    return aligned;
  }

  /** The translation's segment in the place of {@code unit}, when the segments correspond. */
  public static Optional<TextUnit> translation(
      TranslatableTexts source, TranslatableTexts translation, TextUnit unit) {
    List<TextUnit> ours = source.unitsAt(unit.place());
    List<TextUnit> theirs = translation.unitsAt(unit.place());
    if (ours.size() != theirs.size() || !theirs.stream().allMatch(TextUnit::richText)) {
      return Optional.empty();
    }
    return Optional.of(theirs.get(ours.indexOf(unit)));
  }
}
