package no.ordna.cms.workflow.application;

import java.time.Instant;
import no.ordna.cms.workflow.domain.Transition;

/** A transition as asked: the action, an optional comment, and for schedules the times (UTC). */
public record TransitionRequest(
    Transition transition, String comment, Instant publishAt, Instant unpublishAt) {

  public static TransitionRequest of(Transition transition) {
    return new TransitionRequest(transition, null, null, null);
  }
}
