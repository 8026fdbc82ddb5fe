package no.ordna.cms.syndication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.application.RepresentationCache;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.syndication.domain.SitemapParts;
import no.ordna.cms.syndication.domain.SitemapUrl;
import no.ordna.cms.syndication.domain.SitemapUrls;
import no.ordna.cms.syndication.domain.UrlPattern;
import no.ordna.cms.syndication.xml.SitemapWriter;

/**
 * The sitemap of the front end: every published (item, locale) of every type with a URL pattern,
 * with hreflang alternates. Within the protocol's limits (50,000 URLs, 50 MB) it is one {@code
 * urlset}; beyond them {@code /sitemap.xml} is a sitemap index of parts at {@code <front
 * end>/sitemap.xml?part=N}. Cached, tagged {@link Representation#ALL}: any publication change
 * clears it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SitemapService {

  private static final Logger LOG = Logger.getLogger(SitemapService.class.getName());

  @Inject ContentTypeService types;
  @Inject SnapshotRepository snapshots;
  @Inject LocaleService locales;
  @Inject RepresentationCache cache;
  @Inject SyndicationSettings settings;

  SitemapParts parts = new SitemapParts();

  /** The sitemap (part empty) or one numbered part of a split sitemap (404 when there is none). */
  public Representation sitemap(Optional<Integer> part) {
    String key = "sitemap" + part.map(n -> "?part=" + n).orElse("");
    Representation cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    long generation = cache.generation();
    Representation built = build(part);
    cache.put(key, built, generation);
    return built;
  }

  private Representation build(Optional<Integer> part) {
    List<List<SitemapUrl>> split = parts.split(urls());
    if (part.isPresent() && (part.get() < 1 || part.get() > split.size())) {
      throw new NotFoundException(
          "no-sitemap-part",
          "The sitemap has " + split.size() + " part(s); there is no part " + part.get());
    }
    if (part.isEmpty() && split.size() > 1) {
      List<String> locations = new ArrayList<>();
      List<Instant> lastModified = new ArrayList<>();
      for (int i = 0; i < split.size(); i++) {
        locations.add(settings.frontendBaseUrl() + "/sitemap.xml?part=" + (i + 1));
        lastModified.add(newest(split.get(i)));
      }
      byte[] body = SitemapWriter.index(locations, lastModified);
      Instant newest = lastModified.stream().max(Instant::compareTo).orElse(Instant.EPOCH);
      return representation(body, newest);
    }
    List<SitemapUrl> urls = split.get(part.orElse(1) - 1);
    return representation(SitemapWriter.urlset(urls), newest(urls));
  }

  private List<SitemapUrl> urls() {
    Map<String, UrlPattern> patterns = new LinkedHashMap<>();
    for (ContentType type : types.list(TypeKind.CONTENT)) {
      String pattern = type.definition().urlPattern();
      if (pattern == null) {
        continue;
      }
      Optional<UrlPattern> parsed = UrlPattern.parse(pattern);
      if (parsed.isPresent()) {
        patterns.put(type.key(), parsed.get());
      } else {
        LOG.log(
            Level.WARNING,
            "Content type {0} has an unusable urlPattern {1}; its items are left out of the"
                + " sitemap",
            new Object[] {type.key(), pattern});
      }
    }
    LocaleSettings localeSettings = locales.settings();
    return new SitemapUrls(
            settings.frontendBaseUrl(), localeSettings.locales(), localeSettings.defaultLocale())
        .of(snapshots.summaries(Channel.PUBLISHED, patterns.keySet()), patterns);
  }

  private static Instant newest(List<SitemapUrl> urls) {
    return urls.stream()
        .map(SitemapUrl::lastModified)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  private static Representation representation(byte[] body, Instant lastModified) {
    return new Representation(body, Etags.of(body), lastModified, null, Set.of(Representation.ALL));
  }
}
