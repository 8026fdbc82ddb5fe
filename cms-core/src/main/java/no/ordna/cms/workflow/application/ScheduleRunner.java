package no.ordna.cms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.content.persistence.ContentRepository.DueSchedule;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.workflow.domain.Transition;

/** Runs one due schedule in its own transaction, if this instance wins the claim. */
@ApplicationScoped
public class ScheduleRunner {

  private static final Logger LOG = Logger.getLogger(ScheduleRunner.class.getName());
  private static final Caller SCHEDULER =
      new Caller("scheduler", "scheduler", Set.of(Role.ADMIN), Set.of(), null, "scheduler");

  @Inject ContentRepository repository;
  @Inject ContentService content;
  @Inject PublishingService publishing;
  @Inject AuditTrail audit;
  @Inject WorkflowService workflow;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(DueSchedule due, boolean unpublish) {
    if (!repository.claimSchedule(due, unpublish)) {
      return;
    }
    ContentItem item = content.get(new ItemId(due.itemId()));
    ContentVariant variant = item.variant(due.locale()).orElseThrow();
    String by = variant.scheduledBy() == null ? "scheduler" : variant.scheduledBy();
    if (unpublish) {
      if (!variant.isPublished()) {
        return;
      }
      publishing.unpublish(item, due.locale(), by);
    } else if (!workflow.allowed(item, variant).contains(Transition.PUBLISH)) {
      // e.g. edited after approval: what was approved is not what would be published
      audit.record(
          SCHEDULER,
          "workflow.schedule_skipped",
          new AuditSubject(item.id(), item.typeKey(), due.locale(), variant.revision()),
          "The variant is no longer ready to publish (state " + variant.status().wireName() + ")",
          Jsons.createObjectBuilder()
              .add("scheduledBy", by)
              .add("due", due.at().toString())
              .build());
      return;
    } else if (!publishing.imagesWithoutAlt(item, due.locale()).isEmpty()) {
      audit.record(
          SCHEDULER,
          "workflow.schedule_skipped",
          new AuditSubject(item.id(), item.typeKey(), due.locale(), variant.revision()),
          "An image has no alt text in "
              + due.locale()
              + "; publishing would break the alt-text rule",
          Jsons.createObjectBuilder()
              .add("scheduledBy", by)
              .add("due", due.at().toString())
              .build());
      return;
    } else {
      publishing.publish(item, due.locale(), by);
    }
    content.flush();
    audit.record(
        SCHEDULER,
        unpublish ? "workflow.scheduled_unpublish" : "workflow.scheduled_publish",
        new AuditSubject(item.id(), item.typeKey(), due.locale(), variant.revision()),
        null,
        Jsons.createObjectBuilder().add("scheduledBy", by).add("due", due.at().toString()).build());
    LOG.info(
        (unpublish ? "Unpublished " : "Published ")
            + item.id()
            + " ["
            + due.locale()
            + "] as scheduled by "
            + by);
  }
}
