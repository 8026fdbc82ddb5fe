package no.ordna.cms.api.http;

import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.InvalidInputException;

/**
 * Parses {@code If-Match} (RFC 9110, 13.1.1) at the edge into an {@link ExpectedVersion}, so the
 * core never sees the raw header: nothing (or only whitespace) is absent, {@code *} any version,
 * otherwise a comma-separated list of entity tags, of which weak ones ({@code W/"…"}) are dropped
 * since they never match. Anything else (an unquoted tag, {@code *} inside a list, a stray quote)
 * is a 400 {@code malformed-if-match}, never a silent guess.
 *
 * <p>Resources declare {@code @HeaderParam(HttpHeaders.IF_MATCH) @DefaultValue("") ExpectedVersion
 * expected} ({@link ExpectedVersionParamConverter} does the conversion); the empty default makes an
 * absent header {@link ExpectedVersion#absent()} rather than {@code null}.
 */
public final class IfMatchHeader {

  private static final int MAX_LENGTH = 4096;

  private IfMatchHeader() {}

  /**
   * @throws InvalidInputException (400 {@code malformed-if-match}) when the header is not {@code *}
   *     or a list of entity tags
   */
  public static ExpectedVersion parse(String header) {
    if (header == null || header.isBlank()) {
      return ExpectedVersion.absent();
    }
    if (header.length() > MAX_LENGTH) {
      throw malformed("is longer than " + MAX_LENGTH + " characters");
    }
    String trimmed = header.strip();
    if (trimmed.equals("*")) {
      return ExpectedVersion.any();
    }
    List<String> strong = new ArrayList<>();
    int i = 0;
    int n = trimmed.length();
    boolean expectTag = true;
    while (i < n) {
      char c = trimmed.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == ',') {
        expectTag = true; // empty list elements are allowed (RFC 9110, 5.6.1)
        i++;
      } else if (!expectTag) {
        throw malformed("entity tags must be separated by commas");
      } else {
        boolean weak = trimmed.startsWith("W/", i);
        int open = weak ? i + 2 : i;
        if (open >= n || trimmed.charAt(open) != '"') {
          throw malformed(
              "must be * or a list of quoted entity tags, e.g. \"v3.1\" (as the ETag header gave"
                  + " it)");
        }
        int close = trimmed.indexOf('"', open + 1);
        if (close < 0) {
          throw malformed("an entity tag is missing its closing quote");
        }
        String tag = trimmed.substring(open, close + 1);
        if (!ExpectedVersion.isStrongTag(tag)) {
          throw malformed("an entity tag holds a character it may not (" + tag + ")");
        }
        if (!weak) {
          strong.add(tag);
        }
        i = close + 1;
        expectTag = false;
      }
    }
    return ExpectedVersion.anyOf(strong);
  }

  private static InvalidInputException malformed(String why) {
    return new InvalidInputException("malformed-if-match", "If-Match " + why);
  }
}
