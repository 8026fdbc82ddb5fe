package no.ordna.cms.syndication.xml;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Text made safe for XML 1.0: characters XML cannot hold (control characters other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped. Escaping of {@code <},
 * {@code &} and quotes is the StAX writer's job.
 */
public final class XmlText {

  private XmlText() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (!allowed(cp)) {
        if (clean == null) {
          clean = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (clean != null) {
        clean.appendCodePoint(cp);
      }
      i += width;
    }
    return clean == null ? text : clean.toString();
  }

  static boolean allowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** An RFC 3339 / W3C date-time in UTC, to the second: {@code 2024-05-01T10:15:30Z}. */
  public static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
