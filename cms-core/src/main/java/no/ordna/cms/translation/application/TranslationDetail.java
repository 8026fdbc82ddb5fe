package no.ordna.cms.translation.application;

import java.util.List;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.translation.domain.TranslationStatus;

/**
 * A translation beside its source: the source's changes since the revision the translation was made
 * from (empty unless outdated), and the current values of both.
 */
public record TranslationDetail(
    ContentItem item,
    ContentVariant source,
    ContentVariant translation,
    TranslationStatus status,
    Integer translatedFromRevision,
    List<FieldChange> sourceChanges) {}
