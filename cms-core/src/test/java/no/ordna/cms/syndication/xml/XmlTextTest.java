package no.ordna.cms.syndication.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class XmlTextTest {

  @Test
  void textXmlCanHoldIsKeptAsItIs() {
    String sami = "Sámi čđŋšŧž ï æøå \t\n\r 😀 <&>\"'";
    assertSame(sami, XmlText.clean(sami));
  }

  @Test
  void charactersXmlCannotHoldAreDropped() {
    assertEquals(
        "ab c d e",
        XmlText.clean("a\u0000b\u0001 \u001fc\uFFFE \uD800d\uFFFF \uDC00e\u000B\u000C"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", XmlText.clean(null));
  }

  @Test
  void timesAreUtcToTheSecond() {
    assertEquals(
        "2024-05-01T10:15:30Z", XmlText.time(Instant.parse("2024-05-01T10:15:30.123456Z")));
  }
}
