package no.ordna.cms.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void singleStrongTagIsReadWithItsQuotes() {
    assertEquals(List.of("\"v1-abc\""), EntityTags.parse("\"v1-abc\""));
  }

  @Test
  void listOfTagsIsReadInOrder() {
    assertEquals(List.of("\"a\"", "\"b\"", "\"c\""), EntityTags.parse("\"a\", \"b\",\"c\""));
  }

  @Test
  void commaInsideATagDoesNotSplitIt() {
    assertEquals(List.of("\"a,b\""), EntityTags.parse("\"a,b\""));
  }

  @Test
  void starMatchesAnything() {
    assertEquals(List.of("*"), EntityTags.parse("*"));
  }

  @Test
  void weakTagsAreLeftOut() {
    assertEquals(List.of("\"b\""), EntityTags.parse("W/\"a\", \"b\", W/\"c\""));
    assertEquals(List.of(), EntityTags.parse("W/\"a\""));
  }

  @Test
  void unterminatedTagsAreLeftOut() {
    assertEquals(List.of("\"a\""), EntityTags.parse("\"a\", \"b"));
    assertEquals(List.of(), EntityTags.parse("W/\"a"));
  }

  @Test
  void emptyOrUnquotedHeaderHasNoTags() {
    assertEquals(List.of(), EntityTags.parse(""));
    assertEquals(List.of(), EntityTags.parse("v1-abc"));
  }
}
