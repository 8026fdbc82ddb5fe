package no.ordna.cms.api.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.delivery.application.DeliveryService;
import no.ordna.cms.delivery.application.RepresentationCache;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LanguagePreferences;
import no.ordna.cms.publishing.domain.Channel;

/**
 * The one way to a delivery answer, for the servlet filter that answers cached reads before JAX-RS
 * and for the JAX-RS resource alike: published reads come from the representation cache (a key from
 * the decoded query, a lookup, nothing else), or are parsed into a typed request ({@link
 * DeliveryRequestParser}), computed by the core, kept and returned; previews are parsed and
 * computed each time and never kept. Bad parameters and unknown types or items throw the product's
 * exceptions (400, 404).
 */
@ApplicationScoped
public class DeliveryReads {

  @Inject RepresentationCache cache;
  @Inject DeliveryRequestParser parser;
  @Inject DeliveryService delivery;
  @Inject LocaleService locales;

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
    return cache.computeAndKeep(
        key,
        () -> delivery.read(parser.parse(Channel.PUBLISHED, type, idOrSlug, params, languages)));
  }

  /**
   * A published read if the cache holds it, else null (nothing is computed, and the miss is left
   * for {@link #published} to count).
   */
  public Representation cachedPublished(
      String type,
      String idOrSlug,
      Map<String, List<String>> params,
      LanguagePreferences languages) {
    return cache.peek(DeliveryKeys.key(type, idOrSlug, params, languages, locales.settings()));
  }

  /**
   * A preview of the latest drafts of {@code draftTypes} (empty: every type; the caller's right to
   * them is checked by the edge); referenced items of other types only as published.
   */
  public Representation preview(
      String type,
      String idOrSlug,
      Map<String, List<String>> params,
      LanguagePreferences languages,
      Set<String> draftTypes) {
    return delivery.read(
        parser.parse(Channel.PREVIEW, type, idOrSlug, params, languages), draftTypes);
  }
}
