package no.ordna.cms.translation.inline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a translation's inline codes against its source: every code of the source exactly once,
 * paired codes still paired and standalone ones standalone, nothing added. (Wrong nesting is found
 * earlier, when the file's codes are read into a tree.)
 */
public final class CodeCheck {

  private CodeCheck() {}

  /** What is wrong, one message per problem; empty when the codes match. */
  public static List<String> problems(Map<String, Code> source, List<Fragment> target) {
    Map<String, List<Code.Kind>> used = new LinkedHashMap<>();
    collect(target, used);
    List<String> problems = new ArrayList<>();
    used.forEach(
        (id, kinds) -> {
          Code code = source.get(id);
          if (code == null) {
            problems.add("inline code " + id + " is not in the source (codes cannot be added)");
          } else if (kinds.size() > 1) {
            problems.add(
                "inline code "
                    + id
                    + " ("
                    + code.display()
                    + ") appears "
                    + kinds.size()
                    + " times");
          } else if (kinds.get(0) != code.kind()) {
            problems.add(
                "inline code "
                    + id
                    + " ("
                    + code.display()
                    + ") is "
                    + code.kind().wireName()
                    + " in the source, not "
                    + kinds.get(0).wireName());
          }
        });
    source.forEach(
        (id, code) -> {
          if (!used.containsKey(id)) {
            problems.add("inline code " + id + " (" + code.display() + ") is missing");
          }
        });
    return problems;
  }

  private static void collect(List<Fragment> fragments, Map<String, List<Code.Kind>> used) {
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Paired paired) {
        used.computeIfAbsent(paired.codeId(), k -> new ArrayList<>()).add(Code.Kind.PAIRED);
        collect(paired.content(), used);
      } else if (fragment instanceof Fragment.Standalone standalone) {
        used.computeIfAbsent(standalone.codeId(), k -> new ArrayList<>()).add(Code.Kind.STANDALONE);
      }
    }
  }
}
