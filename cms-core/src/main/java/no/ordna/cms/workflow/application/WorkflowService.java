package no.ordna.cms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.identity.domain.Role;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.PreconditionFailedException;
import no.ordna.cms.workflow.domain.Transition;

/**
 * Applies a transition to one locale variant. Publishing needs the publisher role (or admin); an
 * {@code If-Match} sent with it must still match, so that what is published is what the caller saw.
 */
@ApplicationScoped
@Transactional
public class WorkflowService {

  @Inject ContentService content;
  @Inject PublishingService publishing;

  public TransitionResult apply(
      String itemId, String locale, Transition transition, String ifMatch, Caller caller) {
    ContentItem item = content.get(itemId);
    ContentVariant variant = content.getVariant(itemId, locale);
    if (!caller.hasRole(Role.PUBLISHER)) {
      throw new ForbiddenException(
          "Only publishers and administrators may " + transition.wireName());
    }
    if (ifMatch != null
        && !ifMatch.contains(item.etag())
        && !ifMatch.contains(variant.etag())
        && !ifMatch.trim().equals("*")) {
      throw new PreconditionFailedException(
          "The item was changed since you read it; read it again", item.etag());
    }
    ContentVariant after =
        switch (transition) {
          case PUBLISH -> publishing.publish(item, locale, caller.username());
          case UNPUBLISH -> {
            if (!variant.isPublished()) {
              throw new ConflictException(
                  "illegal-transition",
                  "The " + locale + " variant is not published, so it cannot be unpublished",
                  Map.of("allowed", List.of(Transition.PUBLISH.wireName())));
            }
            yield publishing.unpublish(item, locale, caller.username());
          }
        };
    content.flush();
    return new TransitionResult(item, after, transition);
  }
}
