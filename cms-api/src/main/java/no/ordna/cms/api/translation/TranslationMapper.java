package no.ordna.cms.api.translation;

import java.util.List;
import java.util.Map;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.translation.application.ImportedTranslation;
import no.ordna.cms.translation.application.QueueLine;
import no.ordna.cms.translation.application.TranslationComparison;
import no.ordna.cms.translation.application.TranslationVariant;
import no.ordna.cms.translation.domain.TranslationStatus;

/**
 * The translation queue, a translation's detail and an import's result as they go over the wire.
 */
final class TranslationMapper {

  private TranslationMapper() {}

  static QueueEntryView entry(QueueLine line, String locale) {
    return new QueueEntryView(
        line.itemId(),
        line.typeKey(),
        locale,
        line.status().wireName(),
        source(line.source(), false),
        line.fields(),
        translation(line.translation(), false));
  }

  static TranslationDetailView detail(TranslationComparison detail, String locale) {
    return new TranslationDetailView(
        detail.itemId(),
        detail.typeKey(),
        locale,
        detail.status().wireName(),
        source(detail.source(), true),
        detail.sourceChanges().stream().map(FieldChange::toJson).toList(),
        translation(detail.translation(), true));
  }

  private static SourceView source(TranslationVariant source, boolean withFields) {
    return new SourceView(
        source.locale(),
        source.revision(),
        source.title(),
        source.firstPublishedAt() == null ? null : source.firstPublishedAt().toString(),
        withFields ? source.fields() : null);
  }

  private static TranslationStateView translation(
      TranslationVariant translation, boolean withFields) {
    if (translation == null) {
      return null;
    }
    return new TranslationStateView(
        translation.revision(),
        translation.status().wireName(),
        translation.etag(),
        translation.updatedAt().toString(),
        translation.updatedBy(),
        translation.translatedFromRevision(),
        translation.title(),
        withFields ? translation.fields() : null);
  }

  static TranslationCountsView counts(String locale, Map<TranslationStatus, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new TranslationCountsView(
        locale,
        new TranslationCountsView.Counts(
            counts.getOrDefault(TranslationStatus.MISSING, 0L),
            counts.getOrDefault(TranslationStatus.OUTDATED, 0L),
            counts.getOrDefault(TranslationStatus.IN_PROGRESS, 0L),
            counts.getOrDefault(TranslationStatus.DONE, 0L)),
        total);
  }

  /** The answer of an XLIFF import: how many items were saved, and each item with its units. */
  static ImportResultView imported(List<ImportedTranslation> imported) {
    return new ImportResultView(
        (int) imported.stream().filter(ImportedTranslation::changed).count(),
        imported.stream()
            .map(
                i ->
                    new ImportResultView.Item(
                        i.itemId(),
                        i.locale(),
                        i.created(),
                        i.revision(),
                        i.status(),
                        i.changed(),
                        i.sourceRevision(),
                        i.units().stream()
                            .map(
                                u ->
                                    new ImportResultView.Unit(
                                        u.id(), u.result().wireName(), u.sourceChanged()))
                            .toList()))
            .toList());
  }
}
