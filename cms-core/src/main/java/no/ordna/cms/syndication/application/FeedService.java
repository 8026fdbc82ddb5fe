package no.ordna.cms.syndication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.application.DefinitionTags;
import no.ordna.cms.delivery.application.RepresentationCache;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.delivery.domain.Sort;
import no.ordna.cms.delivery.persistence.SnapshotQueries;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.platform.address.PublicAddress;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.syndication.domain.AtomFeed;
import no.ordna.cms.syndication.domain.FeedRequest;
import no.ordna.cms.syndication.xml.AtomWriter;

/**
 * The Atom feed of a content type in a locale: its newest published items by publish date, each in
 * the best locale of the reader's fallback chain. Answers come from the representation cache,
 * tagged with the type (cleared by every publish, unpublish and delete in it) and its definition;
 * an unknown type is a 404.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

  @Inject ContentTypeService types;
  @Inject SnapshotQueries queries;
  @Inject LocaleService locales;
  @Inject RepresentationCache cache;
  @Inject SyndicationSettings settings;
  @Inject PublicAddress address;

  /**
   * The feed, from the cache or built and kept. Links to the API come from the configured public
   * address, never from the request.
   */
  public Representation feed(FeedRequest request) {
    String key = request.cacheKey(address.apiBaseUrl());
    Representation cached = cache.get(key);
    return cached != null ? cached : cache.computeAndKeep(key, () -> build(request));
  }

  private Representation build(FeedRequest request) {
    ContentType type = types.get(TypeKind.CONTENT, request.type());
    List<String> chain = locales.settings().resolutionOrder(request.locale().value());
    List<Snapshot> rows =
        queries.page(
            Channel.PUBLISHED,
            type.definition(),
            chain,
            List.of(),
            Sort.DEFAULT,
            null,
            request.limit());
    List<Snapshot> items = rows.size() > request.limit() ? rows.subList(0, request.limit()) : rows;
    AtomFeed feed =
        new FeedBuilder(settings.frontendBaseUrl(), address.apiBaseUrl(), settings.feedAuthor())
            .feed(request, type.definition(), chain, items, type.updatedAt());
    byte[] body = AtomWriter.write(feed);
    return new Representation(
        body,
        Etags.of(body),
        feed.updated(),
        request.locale().value(),
        Set.of(Representation.typeTag(type.key()), DefinitionTags.of(type.key())));
  }
}
