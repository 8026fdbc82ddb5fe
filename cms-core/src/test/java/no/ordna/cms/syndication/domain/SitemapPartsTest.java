package no.ordna.cms.syndication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapPartsTest {

  private static List<SitemapUrl> urls(int n) {
    List<SitemapUrl> urls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      urls.add(new SitemapUrl("https://x.no/nb/" + i, Instant.EPOCH, List.of()));
    }
    return urls;
  }

  @Test
  void aSmallSiteIsOnePart() {
    assertEquals(1, new SitemapParts().split(urls(3)).size());
    assertEquals(List.of(List.of()), new SitemapParts().split(List.of()));
  }

  @Test
  void theProtocolsLimitOf50000UrlsIsKept() {
    List<List<SitemapUrl>> parts = new SitemapParts().split(urls(120_001));

    assertEquals(List.of(50_000, 50_000, 20_001), parts.stream().map(List::size).toList());
  }

  @Test
  void partsStayUnderTheByteLimit() {
    List<SitemapUrl> urls = urls(10);
    int each = urls.get(0).estimatedBytes();

    List<List<SitemapUrl>> parts = new SitemapParts(1000, each * 3L).split(urls);

    assertEquals(List.of(3, 3, 3, 1), parts.stream().map(List::size).toList());
  }

  @Test
  void theEstimateIsAnUpperBoundOfTheWrittenSize() {
    SitemapUrl url =
        new SitemapUrl(
            "https://x.no/nb/aktuelt/a",
            Instant.parse("2024-01-01T00:00:00.123Z"),
            List.of(
                new SitemapUrl.Alternate("nb", "https://x.no/nb/aktuelt/a"),
                new SitemapUrl.Alternate("x-default", "https://x.no/nb/aktuelt/a")));
    int written =
        no.ordna.cms.syndication.xml.SitemapWriter.urlset(List.of(url)).length
            - no.ordna.cms.syndication.xml.SitemapWriter.urlset(List.of()).length;

    assertTrue(written <= url.estimatedBytes(), written + " > " + url.estimatedBytes());
  }
}
