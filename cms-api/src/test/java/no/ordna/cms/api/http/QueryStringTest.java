package no.ordna.cms.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void valuesAreDecodedOnceWithRepeatedNamesKept() {
    assertEquals(
        Map.of("fields.a", List.of("x&y", "z")), QueryString.parse("fields.a=x%26y&fields.a=z"));
  }

  @Test
  void plusAndPercentEncodingBothMeanASpace() {
    assertEquals(QueryString.parse("fields.city=a%20b"), QueryString.parse("fields.city=a+b"));
    assertEquals(
        Map.of("fields.city", List.of("Tromsø")), QueryString.parse("fields.city=Troms%C3%B8"));
  }

  @Test
  void aMalformedEscapeIsKeptAsWritten() {
    assertEquals(Map.of("q", List.of("%ZZ")), QueryString.parse("q=%ZZ"));
  }

  @Test
  void emptyPartsAndNamesWithoutValuesAreHandled() {
    assertEquals(Map.of("preview", List.of("")), QueryString.parse("&&preview&"));
    assertEquals(Map.of(), QueryString.parse(null));
  }
}
