package no.ordna.cms.translation.application;

import java.util.List;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.translation.domain.TranslationStatus;

/**
 * A translation beside its source as clients see it: both variants' current values (the translation
 * null when missing) and the source's changes since the revision the translation was made from.
 */
public record TranslationComparison(
    String itemId,
    String typeKey,
    TranslationVariant source,
    TranslationVariant translation,
    TranslationStatus status,
    List<FieldChange> sourceChanges) {

  static TranslationComparison of(TranslationDetail detail) {
    return new TranslationComparison(
        detail.item().id(),
        detail.item().typeKey(),
        TranslationVariant.of(detail.source()),
        TranslationVariant.of(detail.translation()),
        detail.status(),
        detail.sourceChanges());
  }
}
