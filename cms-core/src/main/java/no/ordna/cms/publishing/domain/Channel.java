package no.ordna.cms.publishing.domain;

import java.util.Locale;

/** Which snapshot set a read uses: what is published, or the latest drafts for previews. */
public enum Channel {
  PUBLISHED,
  PREVIEW;

  public String dbName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
