package no.ordna.cms.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysers of each {@link Family}, in two forms: exact (the language's own words: lower-cased,
 * and for Norwegian and English without stop words and stemmed) and folded (the same after folding
 * the letters a reader may type without diacritics). The text of a locale goes into fields named
 * {@code <part>.<family>} and {@code <part>.<family>.folded}; {@link #perField()} picks the
 * analyser by that name. Thread-safe.
 *
 * <ul>
 *   <li>Bokmål and Nynorsk: Lucene's Norwegian light stemmer in its bokmål or nynorsk variant
 *       ("konferanser" and "konferansen" meet "konferanse"); folded: {@link Folding#NORWEGIAN}.
 *   <li>English: Lucene's {@link EnglishAnalyzer}; folded: also ASCII folding.
 *   <li>Sámi: exact words, case-insensitive, no stemming (no stemmer for Sámi ships with Lucene);
 *       folded: {@link Folding#SAMI}.
 *   <li>Other: lower-cased words; folded: ASCII folding.
 * </ul>
 */
public final class LocaleAnalysis {

  /** A word of analysed text: its term and where it starts in the text. */
  public record Token(String term, int start, int end) {}

  private final Map<Family, Analyzer> exact = new EnumMap<>(Family.class);
  private final Map<Family, Analyzer> folded = new EnumMap<>(Family.class);
  private final Analyzer perField;

  public LocaleAnalysis() {
    for (Family family : Family.values()) {
      exact.put(family, family == Family.ENGLISH ? new EnglishAnalyzer() : chain(family, false));
      folded.put(family, chain(family, true));
    }
    perField =
        new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
          @Override
          protected Analyzer getWrappedAnalyzer(String field) {
            String[] parts = field.split("\\.");
            Family family = parts.length > 1 ? Family.byId(parts[1]) : Family.OTHER;
            return analyzer(family, parts.length > 2);
          }
        };
  }

  /** The field of a family for a part of the text ({@code title}, {@code text}). */
  public static String field(String part, Family family, boolean folded) {
    return part + "." + family.id() + (folded ? ".folded" : "");
  }

  public Analyzer analyzer(Family family, boolean folded) {
    return folded ? this.folded.get(family) : exact.get(family);
  }

  /** Picks the analyser by field name; for the index writer. */
  public Analyzer perField() {
    return perField;
  }

  /** The words of {@code text} as the family's exact or folded analyser sees them. */
  public List<Token> tokens(Family family, boolean folded, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer(family, folded).tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static Analyzer chain(Family family, boolean folded) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = source;
        if (family == Family.ENGLISH) {
          stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (folded) {
          stream =
              switch (family) {
                case SAMI -> new FoldingFilter(stream, Folding.SAMI);
                case BOKMAL, NYNORSK -> new FoldingFilter(stream, Folding.NORWEGIAN);
                case ENGLISH, OTHER -> new ASCIIFoldingFilter(stream);
              };
        }
        stream =
            switch (family) {
              case BOKMAL ->
                  new NorwegianLightStemFilter(
                      new StopFilter(stream, NorwegianAnalyzer.getDefaultStopSet()),
                      NorwegianLightStemmer.BOKMAAL);
              case NYNORSK ->
                  new NorwegianLightStemFilter(
                      new StopFilter(stream, NorwegianAnalyzer.getDefaultStopSet()),
                      NorwegianLightStemmer.NYNORSK);
              case ENGLISH ->
                  new PorterStemFilter(
                      new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
              case SAMI, OTHER -> stream;
            };
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }
}
