package no.ordna.cms.syndication.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content type's front-end URL pattern, e.g. {@code /{locale}/aktuelt/{slug}}: a path (resolved
 * against the front end's base URL) or an absolute http(s) URL, with the placeholders {@code
 * {locale}}, {@code {slug}}, {@code {id}} and {@code {type}}. Values are percent-encoded (only RFC
 * 3986 unreserved characters stay as they are), and characters of the pattern itself that a URI
 * cannot hold (spaces, non-ASCII) are percent-encoded as UTF-8. A missing slug falls back to the
 * item id. A pattern with an unknown placeholder or a stray brace is not a pattern: {@link #parse}
 * is empty. A type's preview URL is such a pattern that may also hold {@code {token}} ({@link
 * #parsePreview}).
 */
public final class UrlPattern {

  private static final Set<String> PLACEHOLDERS = Set.of("locale", "slug", "id", "type");
  private static final Set<String> PREVIEW_PLACEHOLDERS =
      Set.of("locale", "slug", "id", "type", "token");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
  private static final String URI_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private final String pattern;

  private UrlPattern(String pattern) {
    this.pattern = pattern;
  }

  /** The pattern, when it is one: starts with '/' or http(s)://, only known placeholders. */
  public static Optional<UrlPattern> parse(String pattern) {
    return parse(pattern, PLACEHOLDERS);
  }

  /** A preview URL: a pattern that may also hold {@code {token}}. */
  public static Optional<UrlPattern> parsePreview(String pattern) {
    return parse(pattern, PREVIEW_PLACEHOLDERS);
  }

  private static Optional<UrlPattern> parse(String pattern, Set<String> placeholders) {
    if (pattern == null || !(pattern.startsWith("/") || pattern.matches("(?s)https?://.+"))) {
      return Optional.empty();
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      if (!placeholders.contains(m.group(1))) {
        return Optional.empty();
      }
      m.appendReplacement(rest, "");
    }
    m.appendTail(rest);
    if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
      return Optional.empty();
    }
    return Optional.of(new UrlPattern(pattern));
  }

  /** The absolute URL of one item in one locale; {@code slug} may be null (then the id is used). */
  public String expand(String baseUrl, String typeKey, String itemId, String locale, String slug) {
    return expand(pattern, baseUrl, typeKey, itemId, locale, slug == null ? itemId : slug, "");
  }

  /** The preview URL of one item in one locale with a preview token. */
  public String expand(
      String baseUrl, String typeKey, String itemId, String locale, String slug, String token) {
    return expand(pattern, baseUrl, typeKey, itemId, locale, slug == null ? itemId : slug, token);
  }

  /**
   * The URL of the type's section in a locale: the pattern up to its first item placeholder ({@code
   * {slug}} or {@code {id}}), without a trailing slash — {@code /{locale}/aktuelt/{slug}} gives
   * {@code <base>/nb/aktuelt}; {@code /{slug}} gives the base URL's root.
   */
  public String section(String baseUrl, String typeKey, String locale) {
    int slug = pattern.indexOf("{slug}");
    int id = pattern.indexOf("{id}");
    int cut = slug < 0 ? id : id < 0 ? slug : Math.min(slug, id);
    String prefix = cut < 0 ? pattern : pattern.substring(0, cut);
    while (prefix.endsWith("/") && !prefix.matches("https?://[^/]*/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    if (prefix.isEmpty() || prefix.matches("https?://[^/]*")) {
      prefix = prefix + "/";
    }
    return expand(prefix, baseUrl, typeKey, "", locale, "", "");
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static String expand(
      String pattern,
      String baseUrl,
      String typeKey,
      String itemId,
      String locale,
      String slug,
      String token) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder url = new StringBuilder();
    int last = 0;
    while (m.find()) {
      appendLiteral(url, pattern.substring(last, m.start()));
      String value =
          switch (m.group(1)) {
            case "locale" -> locale;
            case "slug" -> slug;
            case "id" -> itemId;
            case "token" -> token;
            default -> typeKey;
          };
      appendEncoded(url, value, UNRESERVED);
      last = m.end();
    }
    appendLiteral(url, pattern.substring(last));
    return pattern.startsWith("/") ? trimSlash(baseUrl) + url : url.toString();
  }

  private static void appendLiteral(StringBuilder url, String literal) {
    appendEncoded(url, literal, URI_CHARS);
  }

  private static void appendEncoded(StringBuilder url, String text, String allowed) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && allowed.indexOf(c) >= 0) {
        url.append(c);
      } else {
        url.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        url.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
  }

  /** The base URL without trailing slashes. */
  public static String trimSlash(String baseUrl) {
    String base = baseUrl;
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
