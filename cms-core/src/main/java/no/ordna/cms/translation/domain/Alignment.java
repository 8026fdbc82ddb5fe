package no.ordna.cms.translation.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.translation.inline.CodeAlignment;

/**
 * Pairs the units of a stored translation with the units of its source: a text field with the same
 * field; a rich-text field segment by segment when both have as many segments and each pair's codes
 * correspond. What cannot be paired is left out, never guessed. A translation of an older source is
 * paired with that source first and carried over to the current one: unchanged segments keep their
 * translation wherever they moved, changed ones keep the translation of what stood there before.
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

  /**
   * A translation carried over to the current source: the translation, the source unit it was made
   * from, and whether that unit's text differs from the current one.
   */
  public record Carried(CodeAlignment.Aligned aligned, TextUnit from, boolean changed) {}

  /**
   * By unit id of {@code current}: the translation of each unit, from a translation made from
   * {@code base} (the source as it was then; the current source when the translation is up to
   * date). Text fields pair by field; the segments of a rich-text field by a diff of the two
   * versions, so a paragraph inserted above moves nothing and a changed one keeps the translation
   * of what it was.
   */
  public static Map<String, Carried> carry(
      TranslatableTexts current, TranslatableTexts base, TranslatableTexts translation) {
    Map<String, CodeAlignment.Aligned> translated = of(base, translation);
    Map<String, Carried> carried = new LinkedHashMap<>();
    Set<TextPlace> places = new LinkedHashSet<>();
    current.units().forEach(u -> places.add(u.place()));
    for (TextPlace place : places) {
      List<TextUnit> now = current.unitsAt(place);
      List<TextUnit> then = base.unitsAt(place);
      int i = 0;
      int j = 0;
      for (AbstractDelta<TextUnit> delta :
          DiffUtils.diff(then, now, (a, b) -> a.text().equals(b.text())).getDeltas()) {
        for (; i < delta.getSource().getPosition(); i++, j++) {
          pair(then.get(i), now.get(j), translated, carried);
        }
        int changed = Math.min(delta.getSource().size(), delta.getTarget().size());
        for (int k = 0; k < changed; k++) {
          pair(then.get(i + k), now.get(j + k), translated, carried);
        }
        i += delta.getSource().size();
        j += delta.getTarget().size();
      }
      for (; i < then.size() && j < now.size(); i++, j++) {
        pair(then.get(i), now.get(j), translated, carried);
      }
    }
    return carried;
  }

  private static void pair(
      TextUnit then,
      TextUnit now,
      Map<String, CodeAlignment.Aligned> translated,
      Map<String, Carried> carried) {
    CodeAlignment.Aligned translation = translated.get(then.id());
    if (translation == null || then.richText() != now.richText()) {
      return;
    }
    if (then.text().equals(now.text())) {
      carried.put(now.id(), new Carried(translation, then, false));
      return;
    }
    CodeAlignment.ids(now.text(), then.text())
        .ifPresent(ids -> carried.put(now.id(), new Carried(translation.renamed(ids), then, true)));
  }

  /** The translation's segment in the place of {@code unit}, when the segments correspond. */
  private static Optional<TextUnit> translation(
      TranslatableTexts source, TranslatableTexts translation, TextUnit unit) {
    List<TextUnit> ours = source.unitsAt(unit.place());
    List<TextUnit> theirs = translation.unitsAt(unit.place());
    if (ours.size() != theirs.size() || !theirs.stream().allMatch(TextUnit::richText)) {
      return Optional.empty();
    }
    return Optional.of(theirs.get(ours.indexOf(unit)));
  }
}
