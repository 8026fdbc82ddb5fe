package no.ordna.cms.contenttype.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"article", "fact-box", "video-embed", "a", "t2", "page-2col"})
  void lowerCaseWordsJoinedByHyphensAreKeys(String text) {
    assertEquals(text, new TypeKey(text).value());
    assertEquals(text, TypeKey.parse(text).orElseThrow().toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Article", "2col", "fact_box", "fact--box", "-box", "box-", "a b"})
  void anythingElseIsRefused(String text) {
    assertTrue(TypeKey.parse(text).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new TypeKey(text));
  }

  @org.junit.jupiter.api.Test
  void keysAreAtMostSixtyFourCharacters() {
    assertTrue(TypeKey.isValid("a".repeat(64)));
    assertTrue(TypeKey.parse("a".repeat(65)).isEmpty());
  }
}
