package no.ordna.cms.contenttype.domain;

import java.util.Optional;

/**
 * The key of a content or block type ({@code article}, {@code fact-box}): lower-case letters and
 * digits in hyphen-separated words, starting with a letter, at most 64 characters. Whether a type
 * has it is another question.
 */
public record TypeKey(String value) {

  /** The longest key. */
  public static final int MAX_LENGTH = 64;

  public TypeKey {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a type key: " + value);
    }
  }

  /** The key {@code text} is, or empty when it has not the form of one. */
  public static Optional<TypeKey> parse(String text) {
    return isValid(text) ? Optional.of(new TypeKey(text)) : Optional.empty();
  }

  /** Whether {@code text} has the form of a type key. */
  public static boolean isValid(String text) {
    return text != null
        && text.length() <= MAX_LENGTH
        && TypeDefinitionParser.TYPE_KEY.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
