package no.ordna.cms.trash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.audit.application.AuditTrail;
import no.ordna.cms.audit.domain.AuditSubject;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentService;
import no.ordna.cms.content.domain.ContentItem;
import no.ordna.cms.content.domain.ContentRestored;
import no.ordna.cms.content.domain.ContentSaved;
import no.ordna.cms.content.domain.ContentTrashed;
import no.ordna.cms.content.domain.ContentVariant;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.domain.TrashCursor;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.publishing.application.PublishingService;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.ConflictException;
import no.ordna.cms.shared.ExpectedVersion;
import no.ordna.cms.shared.ForbiddenException;
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.paging.Page;
import no.ordna.cms.shared.paging.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Moving items to the trash, listing it, restoring from it, and purging it. */
@ApplicationScoped
@Transactional
public class TrashService {

  @Inject ContentService content;
  @Inject ContentRepository items;
  @Inject PublishingService publishing;
  @Inject SnapshotRepository snapshots;
  @Inject AuditTrail audit;
  @Inject Event<ContentSaved> saved;
  @Inject Event<ContentTrashed> trashed;
  @Inject Event<ContentRestored> restored;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cms.trash.retention", defaultValue = "P30D")
  Duration retention;

  /**
   * Moves an item to the trash. While published items still refer to it, this is refused with their
   * list unless {@code force}; its published locales are unpublished first.
   */
  public void trash(ItemId id, ExpectedVersion expected, boolean force, Caller caller) {
    ContentItem item = content.get(id);
    if (!caller.mayDelete(item.typeKey())) {
      throw new ForbiddenException("You may not delete '" + item.typeKey() + "' items");
    }
    ContentService.requireCurrent(item, Optional.empty(), expected);
    JsonArrayBuilder referrers = Jsons.createArrayBuilder();
    List<Snapshot> using = snapshots.publishedReferencesTo(id.value());
    using.forEach(s -> referrers.add(referrer(s)));
    if (!using.isEmpty() && !force) {
      throw new ConflictException(
          "item-referenced",
          "Published content refers to this item ("
              + using.size()
              + " variants); unpublishing it would break those references. Repeat with ?force=true to delete anyway.",
          Map.of("referencedBy", referrers.build()));
    }
    List<String> unpublished = new ArrayList<>();
    for (ContentVariant variant : item.variants()) {
      if (variant.isPublished()) {
        publishing.unpublish(item, variant.locale(), caller.username());
        unpublished.add(variant.locale());
      }
      snapshots.delete(Channel.PREVIEW, variant.id());
    }
    item.moveToTrash(caller.username(), clock.instant());
    content.flush();
    trashed.fire(new ContentTrashed(item.id(), item.typeKey()));
    audit.record(
        caller,
        "item.trash",
        new AuditSubject(item.id(), item.typeKey(), null, null),
        null,
        Jsons.createObjectBuilder()
            .add("unpublished", Jsons.createArrayBuilder(unpublished))
            .add("brokenReferences", referrers.build())
            .build());
  }

  private static JsonObject referrer(Snapshot snapshot) {
    var json =
        Jsons.createObjectBuilder()
            .add("itemId", snapshot.itemId())
            .add("type", snapshot.typeKey())
            .add("locale", snapshot.locale());
    if (snapshot.title() != null) {
      json.add("title", snapshot.title());
    }
    return json.build();
  }

  /**
   * Trashed items the caller may see (only of the content types it is limited to), most recently
   * deleted first, each with when it will be purged.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TrashedItem> list(PageRequest page, Caller caller) {
    return Page.of(
            items.trash(caller.contentTypes(), page),
            page,
            item -> new TrashCursor(item.deletedAt(), item.id()).cursor())
        .map(item -> new TrashedItem(ContentItemView.of(item), item.deletedAt().plus(retention)));
  }

  /** Takes an item out of the trash, as unpublished drafts. */
  public ContentItemView restore(String id, Caller caller) {
    ContentItem item = trashed(id);
    // restoring needs the same right as deleting: of this item's type
    if (!caller.mayDelete(item.typeKey())) {
      throw new ForbiddenException(
          "You may not restore '"
              + item.typeKey()
              + "' items (the right to delete them is needed)");
    }
    item.restoreFromTrash(caller.username(), clock.instant());
    content.flush();
    saved.fire(new ContentSaved(item.id(), null));
    restored.fire(new ContentRestored(item.id(), item.typeKey()));
    audit.record(
        caller,
        "item.restore",
        new AuditSubject(item.id(), item.typeKey(), null, null),
        null,
        null);
    return ContentItemView.of(item);
  }

  /**
   * Deletes one trashed item for good, before its retention period ends. Only administrators may,
   * since nothing can bring it back.
   */
  public void purge(String id, Caller caller) {
    if (!caller.mayAdminister()) {
      throw new ForbiddenException("Only administrators may empty the trash");
    }
    ContentItem item = trashed(id);
    String type = item.typeKey();
    content.purge(id);
    audit.record(caller, "item.purge", new AuditSubject(id, type, null, null), null, null);
  }

  /** Deletes for good the items whose retention period has ended. */
  public int purgeExpired(Caller caller) {
    int purged = 0;
    for (String id : items.trashedBefore(clock.instant().minus(retention), 100)) {
      String type = items.findAny(id).map(ContentItem::typeKey).orElse(null);
      content.purge(id);
      audit.record(caller, "item.purge", new AuditSubject(id, type, null, null), null, null);
      purged++;
    }
    return purged;
  }

  private ContentItem trashed(String id) {
    return items
        .findAny(id)
        .filter(ContentItem::isTrashed)
        .orElseThrow(
            () -> new NotFoundException("not-in-trash", "No item '" + id + "' in the trash"));
  }
}
