package no.ordna.cms.search.index;

import java.util.Set;

/**
 * A short plain-text excerpt of a document's text: about {@value #LENGTH} characters around the
 * first word that matches the query (exactly, else folded), cut at spaces, with "…" where text was
 * left out; without a match in the text (the title matched), its beginning.
 */
final class Snippets {

  static final int LENGTH = 200;
  private static final int BEFORE = 60;

  private final LocaleAnalysis analysis;

  Snippets(LocaleAnalysis analysis) {
    this.analysis = analysis;
  }

  String of(String text, Family family, Set<String> exactTerms, Set<String> foldedTerms) {
    if (text == null || text.isBlank()) {
      return "";
    }
    int match = firstMatch(text, family, false, exactTerms);
    if (match < 0) {
      match = firstMatch(text, family, true, foldedTerms);
    }
    int start = match < 0 ? 0 : wordStart(text, Math.max(0, match - BEFORE), match);
    int end = Math.min(text.length(), start + LENGTH);
    if (end < text.length()) {
      int space = lastSpace(text, start + LENGTH / 2, end);
      end = space > 0 ? space : end;
    }
    String excerpt = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + excerpt + (end < text.length() ? "…" : "");
  }

  private int firstMatch(String text, Family family, boolean folded, Set<String> terms) {
    if (terms.isEmpty()) {
      return -1;
    }
    return analysis.tokens(family, folded, text).stream()
        .filter(t -> terms.contains(t.term()))
        .mapToInt(LocaleAnalysis.Token::start)
        .findFirst()
        .orElse(-1);
  }

  /** The start of the first whole word at or after {@code from} (at most {@code limit}). */
  private static int wordStart(String text, int from, int limit) {
    if (from == 0) {
      return 0;
    }
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  private static int lastSpace(String text, int from, int to) {
    for (int i = to; i > from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
