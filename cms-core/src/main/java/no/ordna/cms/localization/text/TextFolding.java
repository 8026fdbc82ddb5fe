package no.ordna.cms.localization.text;

import com.ibm.icu.text.Transliterator;

/**
 * Case- and accent-folded text for matching what a user types against titles: "Sámi" and "sami"
 * meet, as do "Ørnen" and "ornen".
 */
public final class TextFolding {

  private static final ThreadLocal<Transliterator> FOLD =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private TextFolding() {}

  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    return FOLD.get().transliterate(text).replaceAll("\\s+", " ").trim();
  }
}
