package no.ordna.cms.search.domain;

import java.text.Normalizer;
import java.util.List;

/**
 * One search, checked: the words as typed (NFC, trimmed, 1-200 characters), the locale asked for,
 * the locales searched in order (the asked one first, then its fallback chain), an optional content
 * type and how many hits to return (1-50).
 */
public record SearchQuery(
    String text, String requestedLocale, List<String> chain, String typeKey, int limit) {

  public static final int MAX_LENGTH = 200;
  public static final int MAX_LIMIT = 50;
  public static final int DEFAULT_LIMIT = 10;

  public SearchQuery {
    text = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip();
    int length = text.codePointCount(0, text.length());
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException("the text must be 1-" + MAX_LENGTH + " characters");
    }
    chain = List.copyOf(chain);
    if (chain.isEmpty() || !chain.get(0).equals(requestedLocale)) {
      throw new IllegalArgumentException("the chain starts with the requested locale");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
    }
  }

  /** Whether {@code text} is acceptable as {@link #text()}. */
  public static boolean validText(String text) {
    if (text == null) {
      return false;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    int length = normal.codePointCount(0, normal.length());
    return length >= 1 && length <= MAX_LENGTH;
  }
}
