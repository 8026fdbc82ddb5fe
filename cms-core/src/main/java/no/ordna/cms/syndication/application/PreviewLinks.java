package no.ordna.cms.syndication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.syndication.domain.UrlPattern;

/**
 * Where a front end shows a draft: the content type's {@code previewUrl} with the item's id,
 * locale, slug, type and a preview token filled in; a path is resolved against the front end's base
 * URL ({@code cms.frontend.base-url}), like {@code urlPattern}.
 */
@ApplicationScoped
public class PreviewLinks {

  @Inject SyndicationSettings settings;

  /** The preview URL of one variant, when its type has one; {@code slug} may be null. */
  public Optional<String> url(
      TypeDefinition type, String itemId, String locale, String slug, String token) {
    return UrlPattern.parsePreview(type.previewUrl())
        .map(p -> p.expand(settings.frontendBaseUrl(), type.key(), itemId, locale, slug, token));
  }
}
