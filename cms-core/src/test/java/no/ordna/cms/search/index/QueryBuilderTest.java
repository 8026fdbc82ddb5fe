package no.ordna.cms.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.ordna.cms.search.domain.SearchQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class QueryBuilderTest {

  private final QueryBuilder builder = new QueryBuilder(new LocaleAnalysis());

  private Query build(String text, List<String> chain, String type) {
    return builder.build(new SearchQuery(text, chain.get(0), chain, type, 10)).orElseThrow();
  }

  @Test
  void eachLocaleOfTheChainIsOneAlternativeAndFallbacksExcludeItemsOfBetterLocales() {
    BooleanQuery query = (BooleanQuery) build("sámi", List.of("se", "nb"), null);

    assertEquals(1, query.getMinimumNumberShouldMatch());
    List<BooleanClause> locales = query.clauses();
    assertEquals(2, locales.size());
    String se = locales.get(0).getQuery().toString();
    String nb = locales.get(1).getQuery().toString();
    assertTrue(se.contains("#locale:se") && !se.contains("published"), se);
    assertTrue(nb.contains("#locale:nb") && nb.contains("-published:se"), nb);
  }

  @Test
  void samiWordsAreLookedForExactlyAndFoldedInTitleAndText() {
    String query = build("Čáppa", List.of("se"), null).toString();

    assertTrue(query.contains("(title.sami:čáppa)^3.0"), query);
    assertTrue(query.contains("text.sami:čáppa"), query);
    assertTrue(query.contains("(title.sami.folded:cappa)^1.2"), query);
    assertTrue(query.contains("(text.sami.folded:cappa)^0.4"), query);
  }

  @Test
  void everyWordIsRequired() {
    BooleanQuery words =
        (BooleanQuery) builder.words(Family.BOKMAL, "konferanser i Tromsø").orElseThrow();

    assertEquals(2, words.clauses().size(), "'i' is a stop word");
    assertTrue(words.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST));
    assertTrue(words.toString().contains("text.nb:konferans"), words.toString());
  }

  @Test
  void theTypeIsAFilter() {
    BooleanQuery query = (BooleanQuery) build("seminar", List.of("nb"), "event");

    assertTrue(
        query.clauses().stream()
            .anyMatch(
                c -> c.getOccur() == Occur.FILTER && c.getQuery().toString().equals("type:event")));
  }

  @Test
  void querySyntaxIsJustText() {
    String query = build("title:x OR (y* AND -z~2)", List.of("nb"), null).toString();

    assertTrue(query.contains("text.nb:title:x"), query);
    assertTrue(query.contains("text.nb:y "), query);
    assertTrue(!query.contains("y*") && !query.contains("z~2"), query);
  }

  @Test
  void textWithoutWordsGivesNoQuery() {
    assertTrue(
        builder.build(new SearchQuery("og i på !!", "nb", List.of("nb"), null, 10)).isEmpty());
  }
}
