package no.ordna.cms.syndication.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sitemap URLs into files within the sitemaps protocol's limits: at most 50,000 URLs and 50
 * MB per file (estimated, with room to spare). One part needs no sitemap index; more are listed by
 * one.
 */
public final class SitemapParts {

  public static final int MAX_URLS = 50_000;
  public static final long MAX_BYTES = 45_000_000L;

  private final int maxUrls;
  private final long maxBytes;

  public SitemapParts() {
    this(MAX_URLS, MAX_BYTES);
  }

  public SitemapParts(int maxUrls, long maxBytes) {
    if (maxUrls < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxUrls = maxUrls;
    this.maxBytes = maxBytes;
  }

  /** The parts in order; one (possibly empty) part when everything fits in one file. */
  public List<List<SitemapUrl>> split(List<SitemapUrl> urls) {
    List<List<SitemapUrl>> parts = new ArrayList<>();
    List<SitemapUrl> current = new ArrayList<>();
    long bytes = 0;
    for (SitemapUrl url : urls) {
      int size = url.estimatedBytes();
      if (!current.isEmpty() && (current.size() >= maxUrls || bytes + size > maxBytes)) {
        parts.add(List.copyOf(current));
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(url);
      bytes += size;
    }
    parts.add(List.copyOf(current));
    return parts;
  }
}
