package no.ordna.cms.sync.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a sync stands, handed to the client as an opaque token: the publication-log position the
 * sync is complete up to, the filters it was started with (locale, type; empty for all), and —
 * while the first sync pages through what is published — the last item and locale it gave. Encoded
 * as base64url of {@code s1|<position>|<locale>|<type>|<item>|<itemLocale>}.
 */
public record SyncToken(
    long position, String locale, String type, String afterItem, String afterLocale) {

  private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

  public SyncToken {
    locale = locale == null ? "" : locale;
    type = type == null ? "" : type;
    afterItem = afterItem == null ? "" : afterItem;
    afterLocale = afterLocale == null ? "" : afterLocale;
  }

  /** A token of the first sync's pages (not complete yet). */
  public boolean initial() {
    return !afterItem.isEmpty();
  }

  public String encode() {
    String text =
        "s1|" + position + "|" + locale + "|" + type + "|" + afterItem + "|" + afterLocale;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The token a string encodes, if it is one this API gave out. */
  public static Optional<SyncToken> decode(String token) {
    if (token == null || token.length() > 400) {
      return Optional.empty();
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String[] parts = text.split("\\|", -1);
    if (parts.length != 6 || !parts[0].equals("s1") || !parts[1].matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    boolean ok =
        (parts[2].isEmpty() || LOCALE.matcher(parts[2]).matches())
            && (parts[3].isEmpty() || TYPE.matcher(parts[3]).matches())
            && (parts[4].isEmpty() || ID.matcher(parts[4]).matches())
            && (parts[4].isEmpty() == parts[5].isEmpty())
            && (parts[5].isEmpty() || LOCALE.matcher(parts[5]).matches());
    return ok
        ? Optional.of(
            new SyncToken(Long.parseLong(parts[1]), parts[2], parts[3], parts[4], parts[5]))
        : Optional.empty();
  }
}
