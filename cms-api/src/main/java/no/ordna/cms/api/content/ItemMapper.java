package no.ordna.cms.api.content;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ordna.cms.content.application.ContentItemView;
import no.ordna.cms.content.application.ContentRevisionView;
import no.ordna.cms.content.application.ContentVariantView;
import no.ordna.cms.content.application.EditLockView;
import no.ordna.cms.content.application.RevisionDiff;
import no.ordna.cms.content.domain.diff.FieldChange;
import no.ordna.cms.content.domain.diff.PartChange;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;

/**
 * Content items, variants and revisions as they go over the wire. Times are ISO 8601 in UTC, or
 * with the offset of the zone a request asked for.
 */
public final class ItemMapper {

  private ItemMapper() {}

  public static ItemView item(ContentItemView item) {
    return item(item, null);
  }

  /** An item with every time shown in {@code zone} (null: UTC). */
  public static ItemView item(ContentItemView item, ZoneId zone) {
    Map<String, VariantView> variants = new LinkedHashMap<>();
    item.variants().forEach(v -> variants.put(v.locale(), variant(v, false, zone)));
    return new ItemView(
        item.id(),
        item.typeKey(),
        item.originalLocale(),
        item.version(),
        item.etag(),
        time(item.createdAt(), zone),
        item.createdBy(),
        time(item.updatedAt(), zone),
        item.updatedBy(),
        item.sharedFields(),
        variants);
  }

  /** One variant; with {@code standalone} it also names its item and carries the shared values. */
  public static VariantView variant(ContentVariantView variant, boolean standalone) {
    return variant(variant, standalone, null);
  }

  private static VariantView variant(ContentVariantView v, boolean standalone, ZoneId zone) {
    PublishedState published =
        v.isPublished()
            ? new PublishedState(v.publishedRevision(), time(v.publishedAt(), zone))
            : null;
    ScheduleView schedule =
        v.isScheduled()
            ? new ScheduleView(
                v.scheduledBy(),
                time(v.scheduledPublishAt(), zone),
                time(v.scheduledUnpublishAt(), zone))
            : null;
    boolean translation = v.sourceLocale() != null;
    return new VariantView(
        standalone ? v.itemId() : null,
        standalone ? v.typeKey() : null,
        v.locale(),
        v.status().wireName(),
        v.title(),
        v.slug(),
        v.revision(),
        v.etag(),
        published,
        time(v.firstPublishedAt(), zone),
        schedule,
        translation ? v.sourceLocale() : null,
        translation ? v.sourceRevision() : null,
        time(v.createdAt(), zone),
        v.createdBy(),
        time(v.updatedAt(), zone),
        v.updatedBy(),
        v.fields(),
        standalone ? v.sharedFields() : null,
        null);
  }

  public static ItemList page(Page<ContentItemView> page, int limit) {
    return new ItemList(
        page.items().stream().map(ItemMapper::summary).toList(),
        limit,
        page.next().map(Cursor::encode).orElse(null));
  }

  private static ItemSummary summary(ContentItemView item) {
    Map<String, VariantSummary> variants = new LinkedHashMap<>();
    for (ContentVariantView v : item.variants()) {
      variants.put(
          v.locale(),
          new VariantSummary(
              v.status().wireName(),
              v.revision(),
              time(v.updatedAt(), null),
              v.updatedBy(),
              v.translationOutdated(),
              v.sourceLocale(),
              v.title(),
              v.slug()));
    }
    return new ItemSummary(
        item.id(),
        item.typeKey(),
        item.originalLocale(),
        item.version(),
        item.etag(),
        time(item.createdAt(), null),
        item.createdBy(),
        time(item.updatedAt(), null),
        item.updatedBy(),
        variants);
  }

  public static RevisionList revisions(List<ContentRevisionView> revisions) {
    return new RevisionList(
        revisions.stream()
            .map(
                r ->
                    new RevisionSummary(
                        r.number(),
                        r.locale(),
                        time(r.createdAt(), null),
                        r.createdBy(),
                        r.comment()))
            .toList());
  }

  /** One revision with its values. */
  public static RevisionView revision(ContentRevisionView r) {
    return new RevisionView(
        r.number(),
        r.locale(),
        time(r.createdAt(), null),
        r.createdBy(),
        r.comment(),
        r.fields(),
        r.sharedFields());
  }

  public static RevisionDiffView diff(RevisionDiff diff) {
    return new RevisionDiffView(
        diff.from(), diff.to(), changes(diff.fields()), changes(diff.shared()));
  }

  private static List<FieldChangeView> changes(List<FieldChange> changes) {
    return changes.stream()
        .map(
            c ->
                new FieldChangeView(
                    c.field(),
                    c.kind(),
                    c.before(),
                    c.after(),
                    c.parts().isEmpty() ? null : c.parts().stream().map(ItemMapper::part).toList()))
        .toList();
  }

  private static PartChangeView part(PartChange p) {
    boolean block = p.blockId() != null;
    return new PartChangeView(
        p.change(),
        p.blockId(),
        block ? p.blockType() : null,
        p.beforeIndex(),
        p.afterIndex(),
        p.before(),
        p.after(),
        p.fields().isEmpty() ? null : p.fields());
  }

  public static LockView lock(EditLockView lock) {
    return new LockView(lock.holder(), lock.acquiredAt().toString(), lock.expiresAt().toString());
  }

  private static String time(Instant instant, ZoneId zone) {
    if (instant == null) {
      return null;
    }
    return zone == null ? instant.toString() : OffsetDateTime.ofInstant(instant, zone).toString();
  }
}
