package no.ordna.cms.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import no.ordna.cms.localization.domain.LocaleSettings;
import no.ordna.cms.search.domain.IndexEntry;
import no.ordna.cms.search.domain.SearchHit;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LuceneIndexTest {

  private static final LocaleSettings LOCALES = LocaleSettings.defaults();

  private final LuceneIndex index = new LuceneIndex();

  @AfterEach
  void close() {
    index.close();
  }

  private static IndexEntry entry(
      String id, String locale, String title, String text, String... published) {
    Set<String> locales = published.length == 0 ? Set.of(locale) : Set.of(published);
    return new IndexEntry(id, "article", locale, id + "-slug", title, text, locales);
  }

  private void put(IndexEntry... entries) {
    for (IndexEntry entry : entries) {
      index.replaceItem(entry.itemId(), List.of(entry));
    }
    index.refresh();
  }

  private SearchResult search(String locale, String text) {
    return index.search(new SearchQuery(text, locale, LOCALES.resolutionOrder(locale), null, 10));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void bokmalStemmingFindsOtherFormsOfAWord() {
    put(entry("a", "nb", "Konferanse om kompetanse", "Den første konferansen i Tromsø."));

    assertEquals(List.of("a"), ids(search("nb", "konferanser")));
    assertEquals(List.of("a"), ids(search("nb", "Konferansene i Tromsø")));
  }

  @Test
  void everyWordMustMatch() {
    put(entry("a", "nb", "Konferanse i Tromsø", ""), entry("b", "nb", "Konferanse i Bodø", ""));

    assertEquals(List.of("a"), ids(search("nb", "konferanse tromsø")));
    assertEquals(2, search("nb", "konferanse").total());
  }

  @Test
  void samiExactSpellingsRankAboveFoldedOnes() {
    put(
        entry("exact", "se", "Čáppa dáidda", "Dáiddárat čájehit bargguid."),
        entry("plain", "se", "Cappa dáidda", "Dáiddárat čájehit bargguid."));

    assertEquals(List.of("plain", "exact"), ids(search("se", "cappa")));
    assertEquals(List.of("exact", "plain"), ids(search("se", "čáppa")));
    assertEquals(List.of("exact", "plain"), ids(search("se", "ČÁPPA")));
  }

  @Test
  void samiTextIsFoundWithoutItsDiacritics() {
    put(entry("a", "smj", "Sámegiella skåvlån", "Ájggeguovdasj áššijs."));

    assertEquals(List.of("a"), ids(search("smj", "samegiella")));
    assertEquals(List.of("a"), ids(search("smj", "ajggeguovdasj")));
    assertTrue(search("smj", "skavlan").hits().isEmpty(), "å is not a");
  }

  @Test
  void norwegianAeOAndAringAreNotFolded() {
    put(entry("a", "nb", "Får på beite", "Blåbær og tyttebær i Ørland."));

    assertTrue(search("nb", "far").hits().isEmpty());
    assertTrue(search("nb", "blabaer").hits().isEmpty());
    assertTrue(search("nb", "orland").hits().isEmpty());
    assertEquals(List.of("a"), ids(search("nb", "Ørland")));
  }

  @Test
  void aTitleMatchRanksAboveATextMatch() {
    put(
        entry("body", "nb", "Nyheter fra direktoratet", "Vi skriver om fagskoler denne uken."),
        entry("title", "nb", "Fagskoler i endring", "Vi skriver om nyheter denne uken."));

    assertEquals(List.of("title", "body"), ids(search("nb", "fagskole")));
  }

  @Test
  void aFallbackLocaleIsSearchedForItemsWithoutTheAskedOne() {
    put(entry("nbOnly", "nb", "Kompetansestrategi", "Nasjonal strategi."));
    index.replaceItem(
        "both",
        List.of(
            entry("both", "nb", "Kompetansestrategi for samer", "", "nb", "se"),
            entry("both", "se", "Gealbostrategiija", "Našunála strategiija.", "nb", "se")));
    index.refresh();

    SearchResult result = search("se", "kompetansestrategi");

    assertEquals(List.of("nbOnly"), ids(result), "'both' is served in se, where the word is not");
    SearchHit hit = result.hits().get(0);
    assertEquals("nb", hit.locale());
    assertTrue(hit.fallback());
    SearchHit se = search("se", "strategiija").hits().get(0);
    assertEquals("both", se.id());
    assertEquals("se", se.locale());
    assertFalse(se.fallback());
    assertEquals(List.of("both"), ids(search("nb", "samer")));
  }

  @Test
  void theTypeFilterKeepsOneType() {
    index.replaceItem(
        "e", List.of(new IndexEntry("e", "event", "nb", null, "Seminar", "", Set.of("nb"))));
    put(entry("a", "nb", "Seminar", ""));

    SearchResult events =
        index.search(new SearchQuery("seminar", "nb", List.of("nb"), "event", 10));

    assertEquals(List.of("e"), ids(events));
    assertEquals("event", events.hits().get(0).type());
  }

  @Test
  void replacingAnItemWithNothingRemovesIt() {
    put(entry("a", "nb", "Frokostseminar", ""));
    index.replaceItem("a", List.of());
    assertEquals(List.of("a"), ids(search("nb", "frokostseminar")), "not visible before refresh");

    index.refresh();

    assertEquals(0, search("nb", "frokostseminar").total());
  }

  @Test
  void removingATypeRemovesItsItems() {
    put(entry("a", "nb", "Frokostseminar", ""));
    index.removeType("article");
    index.refresh();

    assertEquals(0, index.size());
  }

  @Test
  void theTotalCountsBeyondTheLimit() {
    for (int i = 0; i < 15; i++) {
      index.replaceItem("i" + i, List.of(entry("i" + i, "nb", "Webinar nummer " + i, "")));
    }
    index.refresh();

    SearchResult result = search("nb", "webinar");

    assertEquals(15, result.total());
    assertEquals(10, result.hits().size());
  }

  @Test
  void theSnippetShowsTheTextAroundTheMatch() {
    String text =
        "Innledning. ".repeat(30)
            + "Her står det om lærlinger og fagbrev i industrien. "
            + "Avslutning. ".repeat(30);
    put(entry("a", "nb", "Rapport", text));

    String snippet = search("nb", "lærling").hits().get(0).snippet();

    assertTrue(snippet.contains("lærlinger og fagbrev"), snippet);
    assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
    assertTrue(snippet.length() <= Snippets.LENGTH + 2, snippet);
  }

  @Test
  void theSnippetIsTheBeginningWhenOnlyTheTitleMatched() {
    put(entry("a", "nb", "Lærlinger", "Kort tekst uten treff."));

    assertEquals("Kort tekst uten treff.", search("nb", "lærling").hits().get(0).snippet());
  }

  @Test
  void longTextIsSearchableToTheEndThoughSnippetsComeFromItsBeginning() {
    String text =
        "Innledning. ".repeat(IndexDocuments.EXCERPT_CHARS / 10) + "Til slutt: lærlinger.";
    put(entry("a", "nb", "Rapport", text));

    SearchHit hit = search("nb", "lærling").hits().get(0);

    assertTrue(hit.snippet().startsWith("Innledning."), hit.snippet());
  }

  @Test
  void queryTextIsNeverQuerySyntax() {
    put(entry("a", "nb", "Tittel AND foo", "(bar) \"baz\" title:x"));

    for (String q : List.of("title:x", "foo AND", "(bar", "\"baz", "*", "~2", "-foo +bar", "\\")) {
      search("nb", q);
    }
    assertEquals(List.of("a"), ids(search("nb", "(bar")));
  }

  @Test
  void onlyStopWordsFindNothing() {
    put(entry("a", "nb", "Og i på", ""));

    SearchResult result = search("nb", "og på");

    assertEquals(0, result.total());
  }
}
