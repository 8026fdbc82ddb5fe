package no.ordna.cms.syndication.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.publishing.domain.SnapshotSummary;

/**
 * Turns published snapshots into sitemap URLs: one per item and published locale, at the front-end
 * URL of its type's pattern, each listing every published locale of the item as an {@code hreflang}
 * alternate (in the configured locale order) and {@code x-default} pointing at the default locale's
 * page when that is published. Items of types without a usable pattern are left out.
 */
public final class SitemapUrls {

  private final String baseUrl;
  private final List<String> localeOrder;
  private final String defaultLocale;

  public SitemapUrls(String baseUrl, List<String> localeOrder, String defaultLocale) {
    this.baseUrl = baseUrl;
    this.localeOrder = List.copyOf(localeOrder);
    this.defaultLocale = defaultLocale;
  }

  public List<SitemapUrl> of(List<SnapshotSummary> snapshots, Map<String, UrlPattern> patterns) {
    Map<String, List<SnapshotSummary>> byItem = new LinkedHashMap<>();
    for (SnapshotSummary snapshot : snapshots) {
      if (patterns.containsKey(snapshot.typeKey())) {
        byItem.computeIfAbsent(snapshot.itemId(), id -> new ArrayList<>()).add(snapshot);
      }
    }
    List<SitemapUrl> urls = new ArrayList<>();
    for (List<SnapshotSummary> locales : byItem.values()) {
      locales.sort(Comparator.comparingInt(this::rank).thenComparing(SnapshotSummary::locale));
      UrlPattern pattern = patterns.get(locales.get(0).typeKey());
      List<SitemapUrl.Alternate> alternates = new ArrayList<>();
      String defaultHref = null;
      for (SnapshotSummary s : locales) {
        String href = pattern.expand(baseUrl, s.typeKey(), s.itemId(), s.locale(), s.slug());
        alternates.add(new SitemapUrl.Alternate(s.locale(), href));
        if (s.locale().equals(defaultLocale)) {
          defaultHref = href;
        }
      }
      if (defaultHref != null) {
        alternates.add(new SitemapUrl.Alternate("x-default", defaultHref));
      }
      for (int i = 0; i < locales.size(); i++) {
        Instant lastModified = locales.get(i).publishedAt();
        urls.add(new SitemapUrl(alternates.get(i).href(), lastModified, alternates));
      }
    }
    return urls;
  }

  private int rank(SnapshotSummary snapshot) {
    int rank = localeOrder.indexOf(snapshot.locale());
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }
}
