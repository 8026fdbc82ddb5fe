package no.ordna.cms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.domain.VariantStatus;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.workflow.domain.Transition;
import no.ordna.cms.workflow.domain.WorkflowRules;

/**
 * Applies a transition to one locale variant, if its state, its type's review rule and the caller's
 * role allow it (409 naming the allowed ones otherwise), and records it, with its comment, in the
 * audit trail. An {@code If-Match} sent with it must still match. A publish of what is already
 * published, as it stands, changes nothing and is not audited.
 */
@ApplicationScoped
@Transactional
public class WorkflowService {

  @Inject ContentService content;
  @Inject ContentTypeService types;
  @Inject PublishingService publishing;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public TransitionResult apply(
      ItemId itemId,
      LocaleCode localeCode,
      TransitionRequest request,
      ExpectedVersion expected,
      Caller caller) {
    ContentItem item = content.getForUpdate(itemId); // one transition of an item at a time
    ContentVariant variant = content.getVariant(itemId, localeCode);
    String locale = localeCode.value();
    Transition transition = request.transition();
    requireRight(transition, item.typeKey(), locale, caller);
    // the one rule of every change: the client says which version it decided on (428 without,
    // 412 when the item or the variant changed since)
    ContentService.requireCurrent(item, Optional.of(variant), expected);
    VariantStatus before = variant.status();
    Set<Transition> allowed = allowed(item, variant);
    if (!allowed.contains(transition)) {
      throw new ConflictException(
          "illegal-transition",
          "Cannot "
              + transition.wireName()
              + " the "
              + locale
              + " variant in state "
              + before.wireName()
              + "; allowed: "
              + allowed.stream().map(Transition::wireName).toList(),
          Map.of(
              "variantStatus",
              before.wireName(),
              "allowed",
              allowed.stream().map(Transition::wireName).toList()));
    }
    if (transition == Transition.PUBLISH && publishing.isPublishedAsItStands(item, variant)) {
      // publishing again what front ends already see changes no state: the answer is the same as
      // the publish that did (so a retried or concurrent one with the same ETag succeeds), but it
      // makes no snapshot, no publication-log entry and no audit entry
      return new TransitionResult(
          ContentItemView.of(item), ContentVariantView.of(variant), transition);
    }
    Instant now = clock.instant();
    ContentVariant after =
        switch (transition) {
          case PUBLISH -> publishing.publish(item, locale, caller.username());
          case UNPUBLISH -> publishing.unpublish(item, locale, caller.username());
          case SCHEDULE -> schedule(item, variant, request, allowed, caller, now);
          case CANCEL_SCHEDULE -> item.schedule(locale, null, null, caller.username(), now);
          default ->
              item.moveTo(locale, WorkflowRules.next(transition, before), caller.username(), now);
        };
    content.flush();
    JsonObjectBuilder detail =
        Jsons.createObjectBuilder()
            .add("from", before.wireName())
            .add("to", after.status().wireName());
    if (after.scheduledPublishAt() != null) {
      detail.add("publishAt", after.scheduledPublishAt().toString());
    }
    if (after.scheduledUnpublishAt() != null) {
      detail.add("unpublishAt", after.scheduledUnpublishAt().toString());
    }
    audit.record(
        caller,
        "workflow." + transition.wireName(),
        new AuditSubject(item.id(), item.typeKey(), locale, after.revision()),
        request.comment(),
        detail.build());
    content.flush();
    return new TransitionResult(ContentItemView.of(item), ContentVariantView.of(after), transition);
  }

  /** The variant's state, the transitions it allows now, and those of them the caller may take. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TransitionOptions options(ItemId itemId, LocaleCode locale, Caller caller) {
    ContentItem item = content.get(itemId);
    ContentVariant variant = content.getVariant(itemId, locale);
    return new TransitionOptions(
        variant.status(), allowed(item, variant), permitted(item, variant, caller));
  }

  /** The transitions the variant allows now that the caller may apply. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Transition> permitted(ContentItem item, ContentVariant variant, Caller caller) {
    Set<Transition> permitted = EnumSet.noneOf(Transition.class);
    for (Transition transition : allowed(item, variant)) {
      if (mayApply(transition, item.typeKey(), variant.locale(), caller)) {
        permitted.add(transition);
      }
    }
    return permitted;
  }

  /** The transitions the variant allows now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Transition> allowed(ContentItem item, ContentVariant variant) {
    boolean review = types.get(TypeKind.CONTENT, item.type()).definition().reviewRequired();
    return WorkflowRules.allowed(
        variant.status(), variant.isPublished(), variant.isScheduled(), review);
  }

  private ContentVariant schedule(
      ContentItem item,
      ContentVariant variant,
      TransitionRequest request,
      Set<Transition> allowed,
      Caller caller,
      Instant now) {
    Instant publishAt = request.publishAt();
    Instant unpublishAt = request.unpublishAt();
    if (publishAt == null && unpublishAt == null) {
      throw InvalidInputException.of("publishAt", "give publishAt, unpublishAt or both");
    }
    if (publishAt != null && !publishAt.isAfter(now)) {
      throw InvalidInputException.of("publishAt", "a schedule in the past is refused");
    }
    if (unpublishAt != null
        && (!unpublishAt.isAfter(now) || (publishAt != null && !unpublishAt.isAfter(publishAt)))) {
      throw InvalidInputException.of("unpublishAt", "must be in the future and after publishAt");
    }
    boolean mayPublish =
        allowed.contains(Transition.PUBLISH) && variant.status() != VariantStatus.PUBLISHED;
    if (publishAt != null && !mayPublish) {
      throw new ConflictException(
          "illegal-transition",
          "The "
              + variant.locale()
              + " variant cannot be scheduled for publishing in state "
              + variant.status().wireName(),
          Map.of("variantStatus", variant.status().wireName()));
    }
    if (publishAt == null && !variant.isPublished()) {
      throw InvalidInputException.of(
          "unpublishAt", "only a published variant can be scheduled for unpublishing alone");
    }
    return item.schedule(variant.locale(), publishAt, unpublishAt, caller.username(), now);
  }

  /** Whether the caller's roles, types and locales allow a transition (whatever the state). */
  static boolean mayApply(Transition transition, String type, String locale, Caller caller) {
    return switch (transition) {
      case SUBMIT -> caller.mayEditLocalized(type, locale);
      case ARCHIVE, UNARCHIVE -> caller.mayDelete(type) || caller.mayPublish(type, locale);
      default -> caller.mayPublish(type, locale);
    };
  }

  private static void requireRight(
      Transition transition, String type, String locale, Caller caller) {
    if (!mayApply(transition, type, locale, caller)) {
      throw new ForbiddenException(
          "You may not "
              + transition.wireName()
              + " '"
              + type
              + "' content in locale '"
              + locale
              + "'");
    }
  }
}
