package no.ordna.cms.syndication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.ordna.cms.publishing.domain.SnapshotSummary;
import org.junit.jupiter.api.Test;

class SitemapUrlsTest {

  private static final String BASE = "https://x.no";
  private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2024-02-01T00:00:00Z");
  private static final Map<String, UrlPattern> PATTERNS =
      Map.of("article", UrlPattern.parse("/{locale}/aktuelt/{slug}").orElseThrow());

  private final SitemapUrls urls =
      new SitemapUrls(BASE, List.of("nb", "nn", "en", "se", "smj", "sma"), "nb");

  private static SnapshotSummary row(
      String item, String type, String locale, String slug, Instant t) {
    return new SnapshotSummary(item, type, locale, slug, t);
  }

  private static List<String> alternates(SitemapUrl url) {
    return url.alternates().stream().map(a -> a.hreflang() + " " + a.href()).toList();
  }

  @Test
  void eachPublishedLocaleIsAUrlListingAllLocalesAndTheDefaultAsXDefault() {
    List<SitemapUrl> result =
        urls.of(
            List.of(row("a", "article", "se", "sami", T2), row("a", "article", "nb", "norsk", T1)),
            PATTERNS);

    assertEquals(2, result.size());
    assertEquals(BASE + "/nb/aktuelt/norsk", result.get(0).loc());
    assertEquals(T1, result.get(0).lastModified());
    assertEquals(BASE + "/se/aktuelt/sami", result.get(1).loc());
    assertEquals(T2, result.get(1).lastModified());
    List<String> expected =
        List.of(
            "nb " + BASE + "/nb/aktuelt/norsk",
            "se " + BASE + "/se/aktuelt/sami",
            "x-default " + BASE + "/nb/aktuelt/norsk");
    assertEquals(expected, alternates(result.get(0)));
    assertEquals(expected, alternates(result.get(1)));
  }

  @Test
  void withoutThePublishedDefaultLocaleThereIsNoXDefault() {
    List<SitemapUrl> result = urls.of(List.of(row("a", "article", "se", null, T1)), PATTERNS);

    assertEquals(1, result.size());
    assertEquals(BASE + "/se/aktuelt/a", result.get(0).loc());
    assertEquals(List.of("se " + BASE + "/se/aktuelt/a"), alternates(result.get(0)));
  }

  @Test
  void itemsOfTypesWithoutAPatternAreLeftOut() {
    List<SitemapUrl> result =
        urls.of(
            List.of(row("a", "article", "nb", "x", T1), row("b", "note", "nb", "y", T1)), PATTERNS);

    assertEquals(List.of(BASE + "/nb/aktuelt/x"), result.stream().map(SitemapUrl::loc).toList());
  }

  @Test
  void alternatesOfDifferentItemsDoNotMix() {
    List<SitemapUrl> result =
        urls.of(
            List.of(row("a", "article", "nb", "a", T1), row("b", "article", "nb", "b", T1)),
            PATTERNS);

    assertEquals(2, result.size());
    assertEquals(2, result.get(1).alternates().size());
    assertEquals(BASE + "/nb/aktuelt/b", result.get(1).alternates().get(0).href());
  }
}
