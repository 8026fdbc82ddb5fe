package no.ordna.cms.audit.domain;

/**
 * What an audited action was about: an item (and locale and revision), or nothing in particular.
 */
public record AuditSubject(String itemId, String typeKey, String locale, Integer revision) {

  public static AuditSubject none() {
    return new AuditSubject(null, null, null, null);
  }
}
