package no.ordna.cms.publishing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import no.ordna.cms.content.domain.ContentDeleted;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentSaved;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.TypeChanged;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.localization.domain.LocalesChanged;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.publishing.domain.SnapshotBuilder;
import no.ordna.cms.publishing.domain.SnapshotContent;
import no.ordna.cms.publishing.persistence.SnapshotRepository;

/**
 * Makes and removes snapshots: the published one when a locale is published or unpublished, the
 * preview one whenever a variant is saved. Every change of what is published is logged with its
 * sequence number and announced (observers may wait for the commit) as a {@link PublicationChange}.
 */
@ApplicationScoped
@Transactional
public class PublishingService {

  @Inject SnapshotRepository snapshots;
  @Inject ContentRepository content;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject Event<PublicationChange> changes;
  @Inject Clock clock;

  /** Publishes the variant's current revision; returns the variant. */
  public ContentVariant publish(ContentItem item, String locale, String by) {
    Instant now = clock.instant();
    ContentVariant variant = item.publish(locale, by, now);
    snapshots.replace(Channel.PUBLISHED, build(item, variant, now));
    announce(item.id(), item.typeKey(), locale, PublicationChange.Action.PUBLISHED, now);
    return variant;
  }

  /** Takes the locale off the published channel; the variant and its history stay. */
  public ContentVariant unpublish(ContentItem item, String locale, String by) {
    Instant now = clock.instant();
    ContentVariant variant = item.unpublish(locale, by, now);
    snapshots.delete(Channel.PUBLISHED, variant.id());
    announce(item.id(), item.typeKey(), locale, PublicationChange.Action.UNPUBLISHED, now);
    return variant;
  }

  void onSaved(@Observes ContentSaved saved) {
    content
        .find(saved.itemId())
        .ifPresent(
            item ->
                item.variants().stream()
                    .filter(v -> saved.locale() == null || v.locale().equals(saved.locale()))
                    .forEach(
                        v -> snapshots.replace(Channel.PREVIEW, build(item, v, v.updatedAt()))));
  }

  void onDeleted(@Observes ContentDeleted deleted) {
    announce(
        deleted.itemId(),
        deleted.typeKey(),
        null,
        PublicationChange.Action.DELETED,
        clock.instant());
  }

  void onLocalesChanged(@Observes LocalesChanged changed) {
    announce("", "", null, PublicationChange.Action.LOCALES_CHANGED, clock.instant());
  }

  void onTypeChanged(@Observes TypeChanged changed) {
    announce("", changed.typeKey(), null, PublicationChange.Action.TYPE_CHANGED, clock.instant());
  }

  private void announce(
      String itemId, String typeKey, String locale, PublicationChange.Action action, Instant now) {
    PublicationChange change = new PublicationChange(itemId, typeKey, locale, action, 0);
    long seq = snapshots.log(change, now);
    changes.fire(new PublicationChange(itemId, typeKey, locale, action, seq));
  }

  private SnapshotContent build(ContentItem item, ContentVariant variant, Instant publishedAt) {
    TypeDefinition type = types.get(TypeKind.CONTENT, item.typeKey()).definition();
    Instant first = variant.firstPublishedAt() == null ? publishedAt : variant.firstPublishedAt();
    SnapshotBuilder.Source source =
        new SnapshotBuilder.Source(
            variant.id(),
            item.id(),
            variant.locale(),
            variant.slug(),
            variant.title(),
            variant.revision(),
            variant.fields(),
            item.sharedFields(),
            publishedAt,
            first);
    return new SnapshotBuilder(checks::blockType).build(type, source);
  }
}
