package no.ordna.cms.translation.xliff;

import java.util.List;
import no.ordna.cms.translation.inline.Fragment;
import no.ordna.cms.translation.inline.TaggedText;

/**
 * One translatable text: its unit id ({@code title}, {@code body:2}, {@code
 * content.<blockId>.text}), the source with its inline codes, the target (null when untranslated),
 * the target's state, whether it is to be translated at all, its length limit and notes for the
 * translator.
 *
 * <p>Read from a file, a unit has no source (the product trusts its own copy of the source, never
 * the file's), and its target refers to inline codes by id only.
 */
public record XliffUnit(
    String id,
    TaggedText source,
    List<Fragment> target,
    State state,
    boolean translate,
    Integer maxLength,
    List<XliffNote> notes) {

  /** Where a target stands. */
  public enum State {
    /** No translation yet (a target, if any, is a copy of the source to translate). */
    NEW,
    /** Translated, from the current source. */
    TRANSLATED,
    /** Translated from an earlier source: to be reviewed. */
    NEEDS_REVIEW
  }

  public XliffUnit {
    target = target == null ? null : List.copyOf(target);
    notes = List.copyOf(notes);
  }

  /** A unit read from a file. */
  public static XliffUnit read(String id, List<Fragment> target, State state, boolean translate) {
    return new XliffUnit(id, null, target, state, translate, null, List.of());
  }
}
