package no.ordna.cms.translation.application;

import java.util.List;
import no.ordna.cms.translation.domain.TranslationStatus;

/**
 * One line of the translation queue as clients see it: the item, its source variant, the
 * translation (null when missing), its status, and which localized fields are missing or changed.
 */
public record QueueLine(
    String itemId,
    String typeKey,
    TranslationVariant source,
    TranslationVariant translation,
    TranslationStatus status,
    List<String> fields) {

  static QueueLine of(QueueEntry entry) {
    return new QueueLine(
        entry.item().id(),
        entry.item().typeKey(),
        TranslationVariant.of(entry.source()),
        TranslationVariant.of(entry.translation()),
        entry.status(),
        entry.fields());
  }
}
