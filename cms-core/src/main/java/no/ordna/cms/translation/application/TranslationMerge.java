package no.ordna.cms.translation.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.translation.domain.TargetValues;
import no.ordna.cms.translation.domain.TextPlace;
import no.ordna.cms.translation.domain.TextUnit;
import no.ordna.cms.translation.domain.TranslatableTexts;
import no.ordna.cms.translation.inline.Code;
import no.ordna.cms.translation.inline.CodeAlignment;
import no.ordna.cms.translation.inline.CodeCheck;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.inline.TaggedText;
import no.ordna.cms.translation.xliff.XliffUnit;

/**
 * The translated texts of one file set into its item's translation: each unit against the source
 * revision the file was exported from — its inline codes checked, plain text set in place,
 * rich-text segments collected and the field rebuilt in the source's structure with the markup of
 * the product's own copy of the source (never the file's). Knows, per unit, whether the text
 * changed and whether the source's text changed since the export. Texts the file leaves
 * untranslated where the translation has none yet are taken from the source, as its blocks are,
 * once the file changes the translation at all.
 */
final class TranslationMerge {

  private final TranslatableTexts then;
  private final TranslatableTexts now;
  private final TargetValues values;
  private final Map<String, CodeAlignment.Aligned> aligned;
  private final Map<TextPlace, Map<Integer, String>> segments = new LinkedHashMap<>();
  private final Set<TextPlace> changedRichText = new LinkedHashSet<>();
  private final Map<TextPlace, TextUnit> gaps = new LinkedHashMap<>();

  /**
   * @param then the source's texts at the revision the file was exported from
   * @param now the source's texts now
   * @param aligned the stored translation of each of {@code then}'s units, where known
   * @param values the translation's values, to set the texts in
   */
  TranslationMerge(
      TranslatableTexts then,
      TranslatableTexts now,
      Map<String, CodeAlignment.Aligned> aligned,
      TargetValues values) {
    this.then = then;
    this.now = now;
    this.aligned = aligned;
    this.values = values;
  }

  /** Sets one unit's translation in; the problems with its codes, if any. */
  List<String> apply(TextUnit expected, XliffUnit unit, List<ImportedUnit> results) {
    boolean sourceChanged =
        !now.unit(expected.id()).map(u -> u.text().equals(expected.text())).orElse(false);
    List<Fragment> target = unit.target();
    if (target != null
        && unit.state() == XliffUnit.State.NEW
        && target.equals(expected.text().fragments())) {
      target = null; // the copy of the source a 1.2 export gives an untranslated unit
    }
    CodeAlignment.Aligned existing = aligned.get(expected.id());
    if (target == null) {
      if (values.get(expected.place()) == null) {
        gaps.putIfAbsent(expected.place(), expected);
      }
      results.add(new ImportedUnit(expected.id(), ImportedUnit.Result.UNCHANGED, sourceChanged));
      return List.of();
    }
    List<String> problems = CodeCheck.problems(expected.text().codes(), target);
    if (!problems.isEmpty()) {
      return problems;
    }
    boolean applied;
    if (expected.richText()) {
      applied = existing == null || !existing.content().equals(target);
      Map<String, Code> codes = new HashMap<>(expected.text().codes());
      if (existing != null) {
        codes.putAll(existing.ownCodes()); // a link the translation points elsewhere stays so
      }
      segments
          .computeIfAbsent(expected.place(), p -> new HashMap<>())
          .put(expected.segment(), new TaggedText(target, codes).html());
      if (applied) {
        changedRichText.add(expected.place());
      }
    } else {
      String text = expected.text().with(target).plainText();
      applied = !text.equals(values.get(expected.place()));
      if (applied) {
        values.set(expected.place(), text);
      }
    }
    results.add(
        new ImportedUnit(
            expected.id(),
            applied ? ImportedUnit.Result.APPLIED : ImportedUnit.Result.UNCHANGED,
            sourceChanged));
    return List.of();
  }

  /**
   * Rich text with a changed segment is rebuilt in the structure of the source it was exported
   * from: imported segments, else the stored translation's corresponding segment, else the
   * source's.
   */
  void rebuildRichText() {
    for (TextPlace place : changedRichText) {
      List<String> html = new ArrayList<>();
      for (TextUnit unit : then.unitsAt(place)) {
        String imported = segments.get(place).get(unit.segment());
        html.add(imported != null ? imported : stored(unit));
      }
      values.set(place, then.richText(place).orElseThrow().rebuild(html));
    }
  }

  /** The stored translation of a segment with its own markup, else the source's segment. */
  private String stored(TextUnit unit) {
    CodeAlignment.Aligned existing = aligned.get(unit.id());
    if (existing == null) {
      return unit.text().html();
    }
    Map<String, Code> codes = new HashMap<>(unit.text().codes());
    codes.putAll(existing.ownCodes());
    return new TaggedText(existing.content(), codes).html();
  }

  /** Fills the places the translation has no text for, and the file none, from the source. */
  void fillGaps() {
    gaps.forEach(
        (place, unit) -> {
          if (values.get(place) == null) {
            values.set(
                place,
                unit.richText()
                    ? then.richText(place).orElseThrow().rebuild()
                    : unit.text().plainText());
          }
        });
  }

  Optional<TextUnit> exported(String id) {
    return then.unit(id);
  }

  jakarta.json.JsonObject values() {
    return values.values();
  }
}
