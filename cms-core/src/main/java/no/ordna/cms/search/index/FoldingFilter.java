package no.ordna.cms.search.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Applies a {@link Folding} to each (lower-cased) token, in place. */
final class FoldingFilter extends TokenFilter {

  private final Folding folding;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldingFilter(TokenStream input, Folding folding) {
    super(input);
    this.folding = folding;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      buffer[i] = folding.fold(buffer[i]);
    }
    return true;
  }
}
