package no.ordna.cms.localization.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language-correct ordering with ICU's CLDR collations: a locale's binary sort key for a title, so
 * that the database orders titles by comparing keys byte by byte (Norwegian æ ø å after z; Sámi
 * letters in their own alphabetical places).
 */
public final class Collation {

  /** Longest key stored; long titles compare by their first few dozen characters. */
  public static final int MAX_KEY_BYTES = 512;

  private static final Map<String, Collator> COLLATORS = new ConcurrentHashMap<>();

  /**
   * Tailorings for languages CLDR has no collation for, from their alphabets: Lule Sámi (a á b d e
   * f g h i j k l m n ŋ o p r s t u v å ä, with æ ø as used in Norway) and South Sámi (… z æ ø å, ï
   * sorted with i). Northern Sámi (se) and Norwegian (nb, nn) come from CLDR.
   */
  private static final Map<String, String> RULES =
      Map.of(
          "smj", "&a<á<<<Á &n<ŋ<<<Ŋ &z<æ<<<Æ<ø<<<Ø<å<<<Å<ä<<<Ä<ö<<<Ö",
          "sma", "&z<æ<<<Æ<ø<<<Ø<å<<<Å");

  private Collation() {}

  /** The collator of a locale (frozen, so safe to share between threads). */
  public static Collator collator(String locale) {
    return COLLATORS.computeIfAbsent(
        locale,
        tag -> {
          Collator collator =
              RULES.containsKey(tag)
                  ? tailored(RULES.get(tag))
                  : Collator.getInstance(ULocale.forLanguageTag(tag));
          collator.setStrength(Collator.TERTIARY);
          return collator.freeze();
        });
  }

  private static Collator tailored(String rules) {
    try {
      return new RuleBasedCollator(rules);
    } catch (Exception e) {
      throw new IllegalStateException("invalid collation rules: " + rules, e);
    }
  }

  /** The binary sort key of {@code text} in {@code locale}; null for null text. */
  public static byte[] sortKey(String locale, String text) {
    if (text == null) {
      return null;
    }
    byte[] key = collator(locale).getCollationKey(text).toByteArray();
    return key.length <= MAX_KEY_BYTES ? key : Arrays.copyOf(key, MAX_KEY_BYTES);
  }
}
