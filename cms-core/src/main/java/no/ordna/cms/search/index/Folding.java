package no.ordna.cms.search.index;

import java.util.Map;

/**
 * Which letters a reader may type without their diacritics, per writing tradition, each folded to
 * the letter a reader types instead (always one character for one, on lower-case text).
 *
 * <p>{@link #SAMI}: the Sámi letters á â č đ ǧ ǩ ŋ ń š ŧ ž ʒ ǯ ï fold to their base letters ("sami"
 * finds "Sámi", "cappa" finds "čáppa"); ä and ö, which South and Lule Sámi write in Sweden where
 * Norway writes æ and ø, fold to æ and ø. {@link #NORWEGIAN} folds the same Sámi letters (Sámi
 * names in Norwegian text) and the accents of loan words (idé, kafé, à). Neither folds æ, ø or å:
 * they are letters of their own in both languages, not a, o or a with a mark.
 */
public enum Folding {
  SAMI(samiLetters()),
  NORWEGIAN(norwegianLetters());

  private final Map<Character, Character> letters;

  Folding(Map<Character, Character> letters) {
    this.letters = Map.copyOf(letters);
  }

  private static Map<Character, Character> samiLetters() {
    return Map.ofEntries(
        Map.entry('á', 'a'),
        Map.entry('â', 'a'),
        Map.entry('č', 'c'),
        Map.entry('đ', 'd'),
        Map.entry('ǧ', 'g'),
        Map.entry('ǩ', 'k'),
        Map.entry('ŋ', 'n'),
        Map.entry('ń', 'n'),
        Map.entry('š', 's'),
        Map.entry('ŧ', 't'),
        Map.entry('ž', 'z'),
        Map.entry('ʒ', 'z'),
        Map.entry('ǯ', 'z'),
        Map.entry('ï', 'i'),
        Map.entry('ä', 'æ'),
        Map.entry('ö', 'ø'));
  }

  private static Map<Character, Character> norwegianLetters() {
    Map<Character, Character> letters = new java.util.HashMap<>(samiLetters());
    String from = "àéèêëóòôíìîúùûüçñ";
    String to = "aeeeeoooiiiuuuucn";
    for (int i = 0; i < from.length(); i++) {
      letters.put(from.charAt(i), to.charAt(i));
    }
    return letters;
  }

  /** The folded form of one (lower-case) character; itself when it does not fold. */
  public char fold(char c) {
    Character folded = letters.get(c);
    return folded == null ? c : folded;
  }

  /** Folds every character of lower-case text. */
  public String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    return new String(chars);
  }
}
