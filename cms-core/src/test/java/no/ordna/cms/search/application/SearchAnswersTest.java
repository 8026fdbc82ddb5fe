package no.ordna.cms.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.ordna.cms.search.domain.SearchQuery;
import no.ordna.cms.search.domain.SearchResult;
import org.junit.jupiter.api.Test;

class SearchAnswersTest {

  private static final SearchQuery QUERY =
      new SearchQuery("kompetanse", "se", List.of("se", "nb"), null, 10);

  @Test
  void aRepeatedQueryIsAnsweredFromTheKeptAnswerUntilTheIndexChanges() {
    SearchAnswers answers = new SearchAnswers(10);
    AtomicInteger searches = new AtomicInteger();

    SearchResult first = answers.answer(QUERY, q -> result(searches.incrementAndGet()));
    SearchResult second = answers.answer(QUERY, q -> result(searches.incrementAndGet()));
    assertSame(first, second);
    assertEquals(1, searches.get());

    answers.indexChanged();
    SearchResult third = answers.answer(QUERY, q -> result(searches.incrementAndGet()));
    assertEquals(2, searches.get());
    assertEquals(2, third.total());
  }

  @Test
  void anAnswerComputedWhileTheIndexChangedIsNotKept() {
    SearchAnswers answers = new SearchAnswers(10);
    answers.answer(
        QUERY,
        q -> {
          answers.indexChanged(); // the indexer refreshed while this search ran
          return result(1);
        });
    assertEquals(0, answers.size());
    assertEquals(2, answers.answer(QUERY, q -> result(2)).total());
    assertEquals(1, answers.size());
  }

  @Test
  void otherLocalesTypesAndLimitsAreOtherAnswers() {
    SearchAnswers answers = new SearchAnswers(10);
    answers.answer(QUERY, q -> result(1));
    SearchQuery nb = new SearchQuery("kompetanse", "nb", List.of("nb"), null, 10);
    SearchQuery typed = new SearchQuery("kompetanse", "se", List.of("se", "nb"), "article", 10);
    SearchQuery longer = new SearchQuery("kompetanse", "se", List.of("se", "nb"), null, 20);
    assertEquals(2, answers.answer(nb, q -> result(2)).total());
    assertEquals(3, answers.answer(typed, q -> result(3)).total());
    assertEquals(4, answers.answer(longer, q -> result(4)).total());
    assertEquals(4, answers.size());
  }

  private static SearchResult result(long total) {
    return new SearchResult("kompetanse", "se", total, List.of());
  }
}
