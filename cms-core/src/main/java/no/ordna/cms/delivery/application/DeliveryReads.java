package no.ordna.cms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.publishing.domain.Channel;

/**
 * The one way to a delivery answer, for the servlet filter that answers cached reads before JAX-RS
 * and for the JAX-RS resource alike: published reads come from the representation cache, or are
 * computed, kept and returned; previews are computed each time and never kept. Bad parameters and
 * unknown types or items throw the product's exceptions (400, 404).
 */
@ApplicationScoped
public class DeliveryReads {

  @Inject RepresentationCache cache;
  @Inject DeliveryRequestParser parser;
  @Inject DeliveryService delivery;
  @Inject LocaleService locales;

  /** The cached answer of a published read, if there is one (a lookup, nothing else). */
  public Representation cached(
      String type,
      String idOrSlug,
      Map<String, List<String>> params,
      LanguagePreferences languages) {
    return cache.get(DeliveryKeys.key(type, idOrSlug, params, languages, locales.settings()));
  }

  /** A published read: from the cache, or computed and kept unless a publication raced it. */
  public Representation published(
      String type,
      String idOrSlug,
      Map<String, List<String>> params,
      LanguagePreferences languages) {
    String key = DeliveryKeys.key(type, idOrSlug, params, languages, locales.settings());
    Representation cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    long generation = cache.generation();
    Representation fresh =
        delivery.read(parser.parse(Channel.PUBLISHED, type, idOrSlug, params, languages));
    cache.put(key, fresh, generation);
    return fresh;
  }

  /** A preview of the latest drafts (the caller's right to it is checked by the edge). */
  public Representation preview(
      String type,
      String idOrSlug,
      Map<String, List<String>> params,
      LanguagePreferences languages) {
    return delivery.read(parser.parse(Channel.PREVIEW, type, idOrSlug, params, languages));
  }
}
