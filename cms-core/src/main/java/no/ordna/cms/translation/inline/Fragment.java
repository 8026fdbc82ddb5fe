package no.ordna.cms.translation.inline;

import java.util.List;

/**
 * A piece of a segment's content: plain text, a paired code around more content, or a standalone
 * code. Codes are named by id; the {@link Code} with the markup lives beside the content (see
 * {@link TaggedText}), so a translation can be read from a file without trusting its markup.
 */
public sealed interface Fragment {

  /** Text, unescaped, in NFC. */
  record Text(String text) implements Fragment {}

  /** A paired code and what it encloses. */
  record Paired(String codeId, List<Fragment> content) implements Fragment {
    public Paired {
      content = List.copyOf(content);
    }
  }

  /** A standalone code. */
  record Standalone(String codeId) implements Fragment {}
}
