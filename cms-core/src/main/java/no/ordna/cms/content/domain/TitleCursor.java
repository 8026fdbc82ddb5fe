package no.ordna.cms.content.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where a page of the item list sorted by title ended: the last variant's collation key and its
 * item's id. Opaque to clients.
 */
public record TitleCursor(byte[] titleKey, String id) {

  public String encode() {
    String raw = "t" + HexFormat.of().formatHex(titleKey) + "~" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<TitleCursor> decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int at = raw.indexOf('~');
      if (!raw.startsWith("t") || at < 1 || raw.length() - at - 1 != 36) {
        return Optional.empty();
      }
      return Optional.of(
          new TitleCursor(HexFormat.of().parseHex(raw.substring(1, at)), raw.substring(at + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
