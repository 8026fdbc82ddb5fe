package no.ordna.cms.content.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an item's translation into a target locale stands, as a filter of the management list: no
 * variant in that locale ({@code missing}); a variant made from an older source ({@code outdated});
 * current but not published ({@code in_progress}); current and published ({@code done}). Items
 * whose original is the target locale itself have no translation there and match none of these.
 */
public enum TranslationFilter {
  MISSING,
  OUTDATED,
  IN_PROGRESS,
  DONE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TranslationFilter> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }
}
