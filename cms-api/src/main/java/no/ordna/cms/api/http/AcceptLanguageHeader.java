package no.ordna.cms.api.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.ordna.cms.localization.domain.LanguagePreferences;

/**
 * Parses {@code Accept-Language} at the edge, with the JDK ({@link
 * Locale.LanguageRange#parse(String)}, RFC 4647). A header anyone can send must never fail a read:
 * an element the JDK refuses is skipped, and a header with nothing usable in it counts as absent.
 * Ranges come out by descending weight, header order kept among equal weights; weight 0 is left
 * out.
 */
public final class AcceptLanguageHeader {

  private static final int MAX_HEADER_LENGTH = 1000;
  private static final int MAX_ELEMENTS = 50;

  private AcceptLanguageHeader() {}

  public static LanguagePreferences parse(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
      return LanguagePreferences.NONE;
    }
    List<Locale.LanguageRange> ranges = new ArrayList<>();
    String[] elements = header.split(",");
    for (int i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
      String element = elements[i].trim();
      if (element.isEmpty()) {
        continue;
      }
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(element)) {
          if (range.getWeight() > 0) {
            ranges.add(range);
          }
        }
      } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
        // one bad element does not spoil the others (Java 17 throws an index error for "-")
      }
    }
    // a stable sort: equal weights stay in header order
    ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
    return new LanguagePreferences(ranges);
  }
}
