package no.ordna.cms.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void samiLettersFoldToTheirBaseLetters() {
    assertEquals("acdgknnstzzzi", Folding.SAMI.fold("áčđǧǩŋńšŧžʒǯï"));
  }

  @Test
  void samiFoldingLeavesNorwegianLettersAndMapsSwedishOnesToThem() {
    assertEquals("æøå", Folding.SAMI.fold("æøå"));
    assertEquals("æø", Folding.SAMI.fold("äö"));
  }

  @Test
  void norwegianFoldingLeavesAeOAndAring() {
    assertEquals("æøå", Folding.NORWEGIAN.fold("æøå"));
    assertEquals("ide kafe sami", Folding.NORWEGIAN.fold("idé kafé sámi"));
  }

  @Test
  void otherCharactersPassUnchanged() {
    assertEquals("abc 123 – «»", Folding.SAMI.fold("abc 123 – «»"));
  }
}
