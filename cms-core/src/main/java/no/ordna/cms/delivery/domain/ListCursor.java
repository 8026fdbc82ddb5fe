package no.ordna.cms.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of a delivery list ended: the last row's sort value (epoch microseconds, or the hex
 * of a title's collation key) and its snapshot id. Opaque to clients.
 */
public record ListCursor(String sortValue, String snapshotId) {

  public String encode() {
    String raw = sortValue + "~" + snapshotId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<ListCursor> decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int at = raw.lastIndexOf('~');
      if (at < 0 || raw.length() - at - 1 != 36 || !raw.substring(0, at).matches("-?[0-9a-f]*")) {
        return Optional.empty();
      }
      return Optional.of(new ListCursor(raw.substring(0, at), raw.substring(at + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
