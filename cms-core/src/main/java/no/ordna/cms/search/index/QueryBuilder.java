package no.ordna.cms.search.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.ordna.cms.search.domain.SearchQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a {@link SearchQuery} from terms, never through a query parser, so no
 * character a reader types has a meaning of its own. Per locale of the chain, the text is analysed
 * as that locale's documents were; every word must match (in the title or the text, exactly or
 * folded); a title match weighs {@value #TITLE_BOOST} times a text match and a folded match {@value
 * #FOLDED_WEIGHT} of an exact one, so exact spellings rank first. A document of a fallback locale
 * takes part only when its item is published in no better locale of the chain, so each item is
 * found at most once, in the locale a reader would be served.
 */
public final class QueryBuilder {

  public static final float TITLE_BOOST = 3f;
  public static final float FOLDED_WEIGHT = 0.4f;

  private final LocaleAnalysis analysis;

  public QueryBuilder(LocaleAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The query, or empty when the text has no word to look for (only stop words or signs). */
  public Optional<Query> build(SearchQuery query) {
    BooleanQuery.Builder locales = new BooleanQuery.Builder();
    boolean any = false;
    List<String> chain = query.chain();
    for (int i = 0; i < chain.size(); i++) {
      Optional<Query> words = words(Family.of(chain.get(i)), query.text());
      if (words.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder locale =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.LOCALE, chain.get(i))), Occur.FILTER)
              .add(words.get(), Occur.MUST);
      for (String better : chain.subList(0, i)) {
        locale.add(new TermQuery(new Term(IndexFields.PUBLISHED, better)), Occur.MUST_NOT);
      }
      locales.add(locale.build(), Occur.SHOULD);
      any = true;
    }
    if (!any) {
      return Optional.empty();
    }
    locales.setMinimumNumberShouldMatch(1);
    if (query.typeKey() != null) {
      locales.add(new TermQuery(new Term(IndexFields.TYPE, query.typeKey())), Occur.FILTER);
    }
    return Optional.of(locales.build());
  }

  /** Every word of the text, each matched in any of the family's four fields. */
  Optional<Query> words(Family family, String text) {
    Map<Integer, List<Query>> byWord = new TreeMap<>();
    for (boolean folded : new boolean[] {false, true}) {
      float weight = folded ? FOLDED_WEIGHT : 1f;
      for (LocaleAnalysis.Token token : analysis.tokens(family, folded, text)) {
        List<Query> alternatives = byWord.computeIfAbsent(token.start(), k -> new ArrayList<>());
        alternatives.add(
            boost(
                termQuery(LocaleAnalysis.field(IndexFields.TITLE, family, folded), token.term()),
                weight * TITLE_BOOST));
        alternatives.add(
            boost(
                termQuery(LocaleAnalysis.field(IndexFields.TEXT, family, folded), token.term()),
                weight));
      }
    }
    if (byWord.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (List<Query> alternatives : byWord.values()) {
      BooleanQuery.Builder word = new BooleanQuery.Builder();
      alternatives.forEach(q -> word.add(q, Occur.SHOULD));
      all.add(word.build(), Occur.MUST);
    }
    return Optional.of(all.build());
  }

  /** The exact and folded terms of the text in a family, for finding them again in a snippet. */
  Set<String> terms(Family family, boolean folded, String text) {
    Set<String> terms = new LinkedHashSet<>();
    analysis.tokens(family, folded, text).forEach(t -> terms.add(t.term()));
    return terms;
  }

  private static Query termQuery(String field, String term) {
    return new TermQuery(new Term(field, term));
  }

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
