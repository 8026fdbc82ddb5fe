package no.ordna.cms.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;

/**
 * Item ids and locales named in URLs, turned into typed values at the edge. A text that cannot be
 * one names nothing, and gets the 404 a well-formed name of nothing would get from the service
 * behind it, checked in the same order: the item first where the service looks the item up first.
 */
@ApplicationScoped
public class PathValues {

  @Inject ContentService content;
  @Inject LocaleService locales;

  /** An item id; 404 {@code unknown-item} for a text that cannot be one. */
  public ItemId item(String id) {
    return ItemId.parse(id).orElseThrow(() -> ContentService.unknownItem(id));
  }

  /**
   * A locale the service first checks is configured (checked here, so that it comes before the
   * item): 404 {@code unknown-locale} otherwise.
   */
  public LocaleCode locale(String locale) {
    return new LocaleCode(locales.requireConfiguredInPath(locale));
  }

  /**
   * A locale to save a variant of {@code item} in: for a text that is no tag, 404 {@code
   * unknown-item} when the item does not exist, else 404 {@code unknown-locale}.
   */
  public LocaleCode localeFor(ItemId item, String locale) {
    return LocaleCode.exactly(locale)
        .orElseThrow(
            () -> {
              content.get(item);
              return locales.notConfiguredInPath(locale);
            });
  }

  /**
   * The locale of an existing variant of {@code item}: for a text that is no tag, 404 {@code
   * unknown-item} when the item does not exist, else 404 {@code unknown-variant}.
   */
  public LocaleCode variantLocale(ItemId item, String locale) {
    return LocaleCode.exactly(locale)
        .orElseThrow(
            () -> {
              content.get(item);
              return ContentService.unknownVariant(item.value(), locale);
            });
  }
}
