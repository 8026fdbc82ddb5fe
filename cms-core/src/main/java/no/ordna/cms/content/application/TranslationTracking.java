package no.ordna.cms.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentRevision;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.TranslationOutdated;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.shared.InvalidInputException;

/**
 * Keeps translation provenance: which locale a new variant translates, and whether each translation
 * is outdated — its source's localized values differ from those of the revision it was made from.
 * Shared values never outdate a translation: they are not translated. A translation that becomes
 * outdated is announced ({@link TranslationOutdated}) inside the saving transaction.
 */
@ApplicationScoped
public class TranslationTracking {

  @Inject ContentRepository content;
  @Inject Event<TranslationOutdated> outdated;

  /**
   * The source of a variant about to be saved: none for an existing variant or the original; else
   * the requested source (which must be another existing variant) or the original locale.
   */
  String sourceFor(ContentItem item, String locale, String requested) {
    boolean isNew = item.variant(locale).isEmpty();
    if (requested != null) {
      if (!isNew) {
        throw InvalidInputException.of(
            "sourceLocale", "only a new variant can name its source locale");
      }
      if (requested.equals(locale) || item.variant(requested).isEmpty()) {
        throw InvalidInputException.of(
            "sourceLocale", "must be another locale this item has: " + requested);
      }
      return requested;
    }
    if (!isNew || locale.equals(item.originalLocale()) || item.variants().isEmpty()) {
      return null;
    }
    return item.originalLocale();
  }

  /**
   * Records that {@code locale} was translated from {@code sourceLocale} at {@code revision} (an
   * imported translation made from an older source is outdated at once).
   */
  void recordSource(ContentItem item, String locale, String sourceLocale, int revision) {
    ContentVariant source = item.variant(sourceLocale).orElseThrow();
    int known = Math.min(Math.max(1, revision), source.revision());
    item.markTranslation(locale, sourceLocale, known);
    Optional<JsonObject> then = content.revision(source, known).map(ContentRevision::fields);
    item.markSourceChanged(locale, then.map(f -> !f.equals(source.fields())).orElse(true));
  }

  /** After {@code locale} was saved: re-judges every translation made from it. */
  void sourceSaved(ContentItem item, String locale) {
    ContentVariant source = item.variant(locale).orElseThrow();
    JsonObject now = source.fields();
    for (ContentVariant translation : item.variants()) {
      if (!locale.equals(translation.sourceLocale()) || translation.sourceRevision() == null) {
        continue;
      }
      Optional<JsonObject> then =
          content.revision(source, translation.sourceRevision()).map(ContentRevision::fields);
      boolean wasOutdated = translation.translationOutdated();
      boolean isOutdated = then.map(f -> !f.equals(now)).orElse(true);
      item.markSourceChanged(translation.locale(), isOutdated);
      if (isOutdated && !wasOutdated) {
        outdated.fire(
            new TranslationOutdated(item.id(), item.typeKey(), translation.locale(), locale));
      }
    }
  }
}
