package no.ordna.cms.localization.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.ordna.cms.localization.domain.LocaleSettings;

/**
 * The locale settings in force with their revision: 0 while they come from configuration, one more
 * with every change an administrator saves. The ETag names both the revision and the settings
 * themselves, so it changes with every saved change and also when an operator changes the
 * configuration the settings come from.
 */
public record VersionedLocaleSettings(LocaleSettings settings, long revision) {

  /** A strong entity tag (with its quotes): {@code "l3-5f2a9c01"}. */
  public String etag() {
    StringBuilder canonical = new StringBuilder(settings.defaultLocale());
    for (String locale : settings.locales()) {
      canonical
          .append('|')
          .append(locale)
          .append(':')
          .append(String.join(",", settings.fallbackChain(locale)));
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return "\"l" + revision + "-" + HexFormat.of().formatHex(digest, 0, 4) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
