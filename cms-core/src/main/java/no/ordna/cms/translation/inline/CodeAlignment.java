package no.ordna.cms.translation.inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Matches the codes of a stored translation of a segment to the codes of its source, so the
 * translation can be offered as a target with the source's code ids: first codes with the same
 * markup, then codes of the same element (a link the translation points elsewhere). When some code
 * has no partner the segments do not correspond and nothing is matched.
 */
public final class CodeAlignment {

  private CodeAlignment() {}

  /**
   * The translation's content with the source's code ids, and the translation's own codes by them.
   */
  public record Aligned(List<Fragment> content, Map<String, Code> ownCodes) {

    /** The same with code ids replaced as {@code ids} says. */
    public Aligned renamed(Map<String, String> ids) {
      Map<String, Code> codes = new HashMap<>();
      ownCodes.forEach((id, code) -> codes.put(ids.get(id), code.withId(ids.get(id))));
      return new Aligned(rename(content, ids), codes);
    }
  }

  public static Optional<Aligned> align(TaggedText source, TaggedText translation) {
    return ids(source, translation)
        .map(ids -> new Aligned(translation.fragments(), translation.codes()).renamed(ids));
  }

  /**
   * Which code of {@code source} each code of {@code other} corresponds to (other's id to source's
   * id), when every code has a partner.
   */
  public static Optional<Map<String, String>> ids(TaggedText source, TaggedText other) {
    if (source.codes().size() != other.codes().size()) {
      return Optional.empty();
    }
    Map<String, String> ids = new HashMap<>();
    List<Code> free = new ArrayList<>(source.codes().values());
    List<Code> open = new ArrayList<>(other.codes().values());
    match(open, free, ids, Code::sameMarkup);
    match(open, free, ids, (a, b) -> a.kind() == b.kind() && a.element().equals(b.element()));
    return open.isEmpty() ? Optional.of(ids) : Optional.empty();
  }

  private static void match(
      List<Code> open, List<Code> free, Map<String, String> ids, BiPredicate<Code, Code> same) {
    for (var it = open.iterator(); it.hasNext(); ) {
      Code code = it.next();
      for (var candidates = free.iterator(); candidates.hasNext(); ) {
        Code candidate = candidates.next();
        if (same.test(code, candidate)) {
          ids.put(code.id(), candidate.id());
          candidates.remove();
          it.remove();
          break;
        }
      }
    }
  }

  /** The content with code ids replaced as {@code ids} says. */
  public static List<Fragment> rename(List<Fragment> fragments, Map<String, String> ids) {
    List<Fragment> out = new ArrayList<>();
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Paired paired) {
        out.add(new Fragment.Paired(ids.get(paired.codeId()), rename(paired.content(), ids)));
      } else if (fragment instanceof Fragment.Standalone standalone) {
        out.add(new Fragment.Standalone(ids.get(standalone.codeId())));
      } else {
        out.add(fragment);
      }
    }
    return out;
  }
}
