package no.ordna.cms.content.application;

import java.util.ArrayList;
import java.util.List;

/** Reads the entity tags of an {@code If-Match} header (a list, or {@code *}). */
final class EntityTags {

  private EntityTags() {}

  /** The strong tags listed; weak tags never match an If-Match, so they are left out. */
  static List<String> parse(String header) {
    List<String> tags = new ArrayList<>();
    int i = 0;
    while (i < header.length()) {
      char c = header.charAt(i);
      if (c == '"') {
        int end = header.indexOf('"', i + 1);
        if (end < 0) {
          break;
        }
        tags.add(header.substring(i, end + 1));
        i = end + 1;
      } else if (c == 'W' && header.startsWith("W/\"", i)) {
        int end = header.indexOf('"', i + 3);
        i = end < 0 ? header.length() : end + 1;
      } else if (c == '*') {
        tags.add("*");
        i++;
      } else {
        i++;
      }
    }
    return tags;
  }
}
