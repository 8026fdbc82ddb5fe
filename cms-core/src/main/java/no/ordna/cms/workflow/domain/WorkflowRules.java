package no.ordna.cms.workflow.domain;

import java.util.EnumSet;
import java.util.Set;
import no.ordna.cms.content.domain.VariantStatus;

/**
 * Which transitions a variant allows, from its workflow state, whether it is live, whether it has a
 * schedule, and whether its type needs review before publishing:
 *
 * <pre>
 * draft ──submit──▶ in_review ──approve──▶ approved ──publish/schedule──▶ published
 *   ▲                   │ request_changes      │ request_changes            │ unpublish
 *   │                   ▼                      ▼                            ▼
 *   └─(edit)── changes_requested ◀─────────────┘                       unpublished
 * </pre>
 *
 * Without review, publish and schedule are also open from draft, changes_requested, in_review and
 * unpublished. Archive takes a variant that is not live out of the workflow; unarchive brings it
 * back as a draft.
 */
public final class WorkflowRules {

  private WorkflowRules() {}

  public static Set<Transition> allowed(
      VariantStatus status, boolean live, boolean scheduled, boolean reviewRequired) {
    Set<Transition> allowed = EnumSet.noneOf(Transition.class);
    switch (status) {
      case DRAFT, CHANGES_REQUESTED -> allowed.add(Transition.SUBMIT);
      case IN_REVIEW -> {
        allowed.add(Transition.APPROVE);
        allowed.add(Transition.REQUEST_CHANGES);
      }
      case APPROVED -> {
        allowed.add(Transition.REQUEST_CHANGES);
        allowed.add(Transition.PUBLISH);
        allowed.add(Transition.SCHEDULE);
      }
      case PUBLISHED -> allowed.add(Transition.PUBLISH);
      case UNPUBLISHED -> allowed.add(Transition.SUBMIT);
      case ARCHIVED -> allowed.add(Transition.UNARCHIVE);
    }
    boolean open = status != VariantStatus.ARCHIVED && status != VariantStatus.PUBLISHED;
    if (!reviewRequired && open) {
      allowed.add(Transition.PUBLISH);
      allowed.add(Transition.SCHEDULE);
    }
    if (live) {
      allowed.add(Transition.UNPUBLISH);
      allowed.add(Transition.SCHEDULE);
    } else if (status != VariantStatus.ARCHIVED) {
      allowed.add(Transition.ARCHIVE);
    }
    if (scheduled) {
      allowed.add(Transition.CANCEL_SCHEDULE);
    }
    return allowed;
  }

  /** The state a transition leads to (schedules and their cancelling keep the state). */
  public static VariantStatus next(Transition transition, VariantStatus current) {
    return switch (transition) {
      case SUBMIT -> VariantStatus.IN_REVIEW;
      case APPROVE -> VariantStatus.APPROVED;
      case REQUEST_CHANGES -> VariantStatus.CHANGES_REQUESTED;
      case PUBLISH -> VariantStatus.PUBLISHED;
      case UNPUBLISH -> VariantStatus.UNPUBLISHED;
      case ARCHIVE -> VariantStatus.ARCHIVED;
      case UNARCHIVE -> VariantStatus.DRAFT;
      case SCHEDULE, CANCEL_SCHEDULE -> current;
    };
  }
}
