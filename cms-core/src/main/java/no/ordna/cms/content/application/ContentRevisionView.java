package no.ordna.cms.content.application;

import jakarta.json.JsonObject;
import java.time.Instant;
import no.ordna.cms.content.domain.ContentRevision;

/** One saved revision of a variant: who saved it, when, why, and the values it had. */
public record ContentRevisionView(
    int number,
    String locale,
    Instant createdAt,
    String createdBy,
    String comment,
    JsonObject fields,
    JsonObject sharedFields) {

  public static ContentRevisionView of(ContentRevision revision) {
    return new ContentRevisionView(
        revision.number(),
        revision.locale(),
        revision.createdAt(),
        revision.createdBy(),
        revision.comment(),
        revision.fields(),
        revision.sharedFields());
  }

  /** Who saved it, when and why, without its values (for the list of revisions). */
  public static ContentRevisionView summary(ContentRevision revision) {
    return new ContentRevisionView(
        revision.number(),
        revision.locale(),
        revision.createdAt(),
        revision.createdBy(),
        revision.comment(),
        null,
        null);
  }
}
