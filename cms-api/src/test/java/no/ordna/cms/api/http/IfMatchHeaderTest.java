package no.ordna.cms.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchHeaderTest {

  @Test
  void nothingOrBlankIsAbsent() {
    assertTrue(IfMatchHeader.parse(null).isAbsent());
    assertTrue(IfMatchHeader.parse("").isAbsent());
    assertTrue(IfMatchHeader.parse("  ").isAbsent());
  }

  @Test
  void starIsAnyVersion() {
    assertEquals(ExpectedVersion.any(), IfMatchHeader.parse("*"));
    assertEquals(ExpectedVersion.any(), IfMatchHeader.parse(" * "));
  }

  @Test
  void singleStrongTagIsReadWithItsQuotes() {
    assertEquals(Set.of("\"v1-abc\""), IfMatchHeader.parse("\"v1-abc\"").tags());
  }

  @Test
  void listOfTagsWithEmptyElementsAndSpaces() {
    assertEquals(
        Set.of("\"a\"", "\"b\"", "\"c\""), IfMatchHeader.parse(" \"a\" , \"b\",,\"c\",").tags());
  }

  @Test
  void commaInsideATagDoesNotSplitIt() {
    assertEquals(Set.of("\"a,b\""), IfMatchHeader.parse("\"a,b\"").tags());
  }

  @Test
  void weakTagsAreDroppedAndNeverMatch() {
    assertEquals(Set.of("\"b\""), IfMatchHeader.parse("W/\"a\", \"b\", W/\"c\"").tags());
    ExpectedVersion onlyWeak = IfMatchHeader.parse("W/\"i3\"");
    assertEquals(Set.of(), onlyWeak.tags());
    assertTrue(!onlyWeak.isAbsent() && !onlyWeak.matches("\"i3\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v1-abc",
        "\"a",
        "W/\"a",
        "\"a\" \"b\"",
        "*, \"a\"",
        "\"a\", *",
        "\"a\"x",
        "W/a",
        ";;;",
        "\"a b\""
      })
  void malformedHeadersAreA400(String header) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> IfMatchHeader.parse(header));
    assertEquals("malformed-if-match", refused.problemType());
  }

  @Test
  void anOverlongHeaderIsRefused() {
    assertThrows(InvalidInputException.class, () -> IfMatchHeader.parse("\"a\",".repeat(2000)));
  }
}
