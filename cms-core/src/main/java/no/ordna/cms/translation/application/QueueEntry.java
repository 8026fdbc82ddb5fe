package no.ordna.cms.translation.application;

import java.util.List;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.translation.domain.TranslationStatus;

/**
 * One line of the translation queue: the item, its source variant, the translation (null when
 * missing), its status, and which localized fields are missing or changed in the source since.
 */
public record QueueEntry(
    ContentItem item,
    ContentVariant source,
    ContentVariant translation,
    TranslationStatus status,
    List<String> fields) {}
