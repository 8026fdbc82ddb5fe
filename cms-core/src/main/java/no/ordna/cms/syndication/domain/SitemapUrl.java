package no.ordna.cms.syndication.domain;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <url>} of a sitemap: the page's location, when it last changed, and the same page in
 * other languages ({@code hreflang} alternates, itself and {@code x-default} included).
 */
public record SitemapUrl(String loc, Instant lastModified, List<Alternate> alternates) {

  public SitemapUrl {
    alternates = List.copyOf(alternates);
  }

  /** An {@code <xhtml:link rel="alternate" hreflang="…" href="…"/>}. */
  public record Alternate(String hreflang, String href) {}

  /** A rough upper bound of the bytes this URL takes in a sitemap, to keep files under 50 MB. */
  public int estimatedBytes() {
    int bytes = 80 + loc.length() * 2;
    for (Alternate alternate : alternates) {
      bytes += 70 + alternate.hreflang().length() + alternate.href().length() * 2;
    }
    return bytes;
  }
}
