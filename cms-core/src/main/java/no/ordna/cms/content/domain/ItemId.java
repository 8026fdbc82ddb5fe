package no.ordna.cms.content.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a content item: a UUID in its lower-case text form. The value other features and the
 * edge pass around to name an item; what it names may not exist (any more).
 */
public record ItemId(String value) {

  private static final Pattern FORM =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public ItemId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an item id: " + value);
    }
  }

  /** A new, random id. */
  public static ItemId random() {
    return new ItemId(UUID.randomUUID().toString());
  }

  /** The id {@code text} is, or empty when it has not the form of one (upper case included). */
  public static Optional<ItemId> parse(String text) {
    return isValid(text) ? Optional.of(new ItemId(text)) : Optional.empty();
  }

  /** Whether {@code text} has the form of an item id. */
  public static boolean isValid(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
