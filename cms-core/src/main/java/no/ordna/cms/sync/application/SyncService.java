package no.ordna.cms.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ordna.cms.content.domain.ItemId;
import no.ordna.cms.content.persistence.ContentRepository;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.application.DeliveryService;
import no.ordna.cms.delivery.application.RepresentationCache;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.ItemLookup;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.localization.domain.LocaleCode;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.PublicationChange;
import no.ordna.cms.publishing.domain.PublicationLogEntry;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.sync.domain.SyncToken;
import no.ordna.cms.sync.domain.Tombstone;
import no.ordna.cms.sync.persistence.SyncQueries;

/**
 * Syncs for incremental builds. The first sync notes the publication log's position, then pages
 * through what is published (by item and locale); every later sync reads the log after its token's
 * position and answers, for each item locale published, changed or unpublished since, its current
 * delivery answer or a tombstone. A change made while the first sync pages is in the next sync
 * (perhaps also in a page): a client applies entries and tombstones in order and always ends up
 * with what is published. Changes of a type's definition, of assets and of locale settings are not
 * item changes and are not in the sync (the webhooks {@code content-type.changed}, {@code
 * asset.changed} and {@code locales.changed} tell of them).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SyncService {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 200;
  private static final int LOG_BATCH = 500;

  @Inject SyncQueries queries;
  @Inject SnapshotRepository snapshots;
  @Inject RepresentationCache cache;
  @Inject DeliveryService delivery;
  @Inject ContentRepository content;
  @Inject LocaleService locales;
  @Inject ContentTypeService types;

  /** The first page of a new sync, optionally of one locale and one content type. */
  public SyncPage start(String locale, String type, int limit) {
    checkLimit(limit);
    if (locale != null) {
      locales.requireConfigured(locale, "locale");
    }
    if (type != null
        && TypeKey.parse(type).flatMap(k -> types.definition(TypeKind.CONTENT, k)).isEmpty()) {
      throw InvalidInputException.of("type", "no content type '" + type + "'");
    }
    long position = snapshots.lastLogged();
    return firstSync(new SyncToken(position, locale, type, "", ""), limit);
  }

  /** The page a token leads to: the next page of a first sync, or the changes since. */
  public SyncPage next(String token, int limit) {
    checkLimit(limit);
    SyncToken at =
        SyncToken.decode(token)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "bad-sync-token",
                        "token is not a sync token this API gave (use nextPageToken or"
                            + " nextSyncToken as they were given)"));
    return at.initial() ? firstSync(at, limit) : changesSince(at, limit);
  }

  private SyncPage firstSync(SyncToken at, int limit) {
    List<SyncQueries.Published> rows =
        queries.published(at.locale(), at.type(), at.afterItem(), at.afterLocale(), limit + 1);
    boolean more = rows.size() > limit;
    List<SyncQueries.Published> page = more ? rows.subList(0, limit) : rows;
    List<byte[]> items = new ArrayList<>();
    for (SyncQueries.Published row : page) {
      byte[] answer = read(row.typeKey(), row.itemId(), row.locale());
      if (answer != null) {
        items.add(answer);
      }
    }
    if (more) {
      SyncQueries.Published last = page.get(page.size() - 1);
      SyncToken next =
          new SyncToken(at.position(), at.locale(), at.type(), last.itemId(), last.locale());
      return new SyncPage(items, List.of(), next.encode(), null);
    }
    return new SyncPage(
        items,
        List.of(),
        null,
        new SyncToken(at.position(), at.locale(), at.type(), "", "").encode());
  }

  private record Touched(String itemId, String typeKey, String locale) {}

  private SyncPage changesSince(SyncToken at, int limit) {
    Map<String, Touched> touched = new LinkedHashMap<>();
    long position = at.position();
    boolean more = false;
    read:
    while (true) {
      List<PublicationLogEntry> entries = snapshots.logAfter(position, LOG_BATCH);
      for (PublicationLogEntry entry : entries) {
        PublicationChange change = entry.change();
        if (itemChange(change, at)) {
          String key = change.itemId() + "|" + change.locale();
          if (!touched.containsKey(key) && touched.size() >= limit) {
            more = true;
            break read;
          }
          touched.remove(key);
          touched.put(key, new Touched(change.itemId(), change.typeKey(), change.locale()));
        }
        position = entry.seq();
      }
      if (entries.size() < LOG_BATCH) {
        break;
      }
    }
    Set<String> published = new HashSet<>();
    snapshots
        .ofItems(Channel.PUBLISHED, touched.values().stream().map(Touched::itemId).toList())
        .forEach(s -> published.add(s.itemId() + "|" + s.locale()));
    List<byte[]> items = new ArrayList<>();
    List<Tombstone> deleted = new ArrayList<>();
    for (Map.Entry<String, Touched> entry : touched.entrySet()) {
      Touched t = entry.getValue();
      byte[] answer =
          published.contains(entry.getKey()) ? read(t.typeKey(), t.itemId(), t.locale()) : null;
      if (answer != null) {
        items.add(answer);
      } else {
        deleted.add(new Tombstone(t.itemId(), t.typeKey(), t.locale(), reason(t.itemId())));
      }
    }
    String next = new SyncToken(position, at.locale(), at.type(), "", "").encode();
    return more
        ? new SyncPage(items, deleted, next, null)
        : new SyncPage(items, deleted, null, next);
  }

  private static boolean itemChange(PublicationChange change, SyncToken at) {
    return (change.action() == PublicationChange.Action.PUBLISHED
            || change.action() == PublicationChange.Action.UNPUBLISHED)
        && (at.locale().isEmpty() || at.locale().equals(change.locale()))
        && (at.type().isEmpty() || at.type().equals(change.typeKey()));
  }

  private Tombstone.Reason reason(String itemId) {
    return content.findAny(itemId).filter(item -> !item.isTrashed()).isPresent()
        ? Tombstone.Reason.UNPUBLISHED
        : Tombstone.Reason.DELETED;
  }

  /**
   * The delivery API's answer for the item in exactly that locale (a read without fallback); null
   * once it is gone. Answers are kept in the delivery cache (under keys of their own), so clients
   * syncing the same changes share them.
   */
  private byte[] read(String type, String itemId, String locale) {
    DeliveryRequest request =
        DeliveryRequest.one(
            Channel.PUBLISHED,
            new TypeKey(type),
            new ItemLookup.ById(new ItemId(itemId)),
            new LocaleCode(locale),
            false,
            0,
            Set.of());
    String key = "sync " + type + "/" + itemId + "#" + locale;
    try {
      Representation cached = cache.get(key);
      return (cached != null ? cached : cache.computeAndKeep(key, () -> delivery.read(request)))
          .body();
    } catch (NotFoundException e) {
      return null;
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.of("limit", "must be from 1 to " + MAX_LIMIT);
    }
  }
}
