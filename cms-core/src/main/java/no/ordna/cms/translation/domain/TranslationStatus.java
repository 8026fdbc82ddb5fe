package no.ordna.cms.translation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.VariantStatus;

/**
 * Where a translation stands: no variant yet ({@code missing}); made from an older source ({@code
 * outdated}); current but not (re)published ({@code in_progress}); current and published ({@code
 * done}).
 */
public enum TranslationStatus {
  MISSING,
  OUTDATED,
  IN_PROGRESS,
  DONE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TranslationStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }

  public static TranslationStatus of(Optional<ContentVariant> translation) {
    if (translation.isEmpty()) {
      return MISSING;
    }
    ContentVariant variant = translation.get();
    if (variant.translationOutdated()) {
      return OUTDATED;
    }
    return variant.status() == VariantStatus.PUBLISHED ? DONE : IN_PROGRESS;
  }
}
