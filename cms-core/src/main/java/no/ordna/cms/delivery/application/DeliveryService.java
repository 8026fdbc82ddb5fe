package no.ordna.cms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ordna.cms.asset.application.AssetCatalog;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.ItemLookup;
import no.ordna.cms.delivery.domain.ListCursor;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.delivery.persistence.SnapshotQueries;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.NotFoundException;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Page;

/**
 * Answers delivery reads from snapshots: one item by id or slug, or a page of a type's items, in
 * the best locale the fallback chain offers ({@link LocaleChoice}), with references resolved {@code
 * include} levels deep and references to items the reader cannot see left out ({@link
 * ReferenceExpansion}), shaped as JSON with the assets the items use ({@link AnswerShape}). Each
 * item's snapshots are loaded once per answer ({@link RequestSnapshots}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryService {

  @Inject SnapshotRepository snapshots;
  @Inject SnapshotQueries queries;
  @Inject ContentTypeService types;
  @Inject TypeDefinitionChecks checks;
  @Inject LocaleService locales;
  @Inject AssetCatalog assetCatalog;

  /** A read in the request's channel; a preview read shows the drafts of every type. */
  public Representation read(DeliveryRequest request) {
    return read(request, Set.of());
  }

  /**
   * A read in the request's channel; a preview read shows drafts only of {@code draftTypes} (empty:
   * every type). Items of other types that the answer refers to are resolved as the public answer
   * resolves them: their published snapshots, or left out when they have none.
   */
  public Representation read(DeliveryRequest request, Set<String> draftTypes) {
    LocaleChoice choice = LocaleChoice.of(request, locales.settings());
    RequestSnapshots loaded = new RequestSnapshots(loader(request.channel(), draftTypes));
    AnswerShape shape =
        new AnswerShape(
            new ItemShaper(
                key -> TypeKey.parse(key).flatMap(k -> types.definition(TypeKind.CONTENT, k)),
                checks::blockType));
    return request.isList()
        ? list(request, choice, loaded, shape)
        : one(request, choice, loaded, shape);
  }

  /**
   * Every snapshot of the given items that the answer may use: in the published channel the
   * published ones; in the preview channel the drafts of items of {@code draftTypes} (empty: every
   * type) and the published snapshots of the other items.
   */
  private Function<Collection<String>, List<Snapshot>> loader(
      Channel channel, Set<String> draftTypes) {
    if (channel != Channel.PREVIEW) {
      return ids -> snapshots.ofItems(channel, ids);
    }
    return ids -> {
      List<Snapshot> rows =
          new ArrayList<>(
              snapshots.ofItems(Channel.PREVIEW, ids).stream()
                  .filter(s -> draftTypes.isEmpty() || draftTypes.contains(s.typeKey()))
                  .toList());
      Set<String> drafted = rows.stream().map(Snapshot::itemId).collect(Collectors.toSet());
      List<String> others = ids.stream().filter(id -> !drafted.contains(id)).toList();
      rows.addAll(snapshots.ofItems(Channel.PUBLISHED, others));
      return rows;
    };
  }

  private Representation one(
      DeliveryRequest request, LocaleChoice choice, RequestSnapshots loaded, AnswerShape shape) {
    List<Snapshot> ofItem =
        itemIdFor(request, choice).map(loaded::of).orElse(List.of()).stream()
            .filter(s -> s.typeKey().equals(request.type().value()))
            .toList();
    Snapshot best = choice.best(ofItem).orElseThrow(() -> notFound(request));
    AnswerShape.Page page = page(request, List.of(best), choice, loaded, shape);
    List<String> available = ofItem.stream().map(Snapshot::locale).sorted().toList();
    return shape.one(page, request, available, best.locale());
  }

  private static NotFoundException notFound(DeliveryRequest request) {
    return new NotFoundException(
        "not-found",
        "No "
            + (request.channel() == Channel.PREVIEW ? "" : "published ")
            + "'"
            + request.type()
            + "' item '"
            + request.item().map(ItemLookup::text).orElse("")
            + "' in "
            + request.requestedLocale()
            + (request.fallback() ? " or its fallback locales" : ""));
  }

  private Optional<String> itemIdFor(DeliveryRequest request, LocaleChoice choice) {
    ItemLookup item = request.item().orElseThrow();
    if (item instanceof ItemLookup.ById byId) {
      return Optional.of(byId.id().value());
    }
    return choice
        .best(snapshots.bySlug(request.channel(), request.type().value(), item.text()))
        .map(Snapshot::itemId);
  }

  private Representation list(
      DeliveryRequest request, LocaleChoice choice, RequestSnapshots loaded, AnswerShape shape) {
    TypeDefinition type = types.get(TypeKind.CONTENT, request.type()).definition();
    List<Snapshot> rows =
        queries.page(
            request.channel(),
            type,
            choice.chain(),
            request.filters(),
            request.sort(),
            request.page().cursor().flatMap(ListCursor::of).orElse(null),
            request.page().limit());
    Page<Snapshot> found =
        Page.of(
            rows,
            request.page(),
            last ->
                new ListCursor(SnapshotQueries.cursorValue(request.sort(), last), last.id())
                    .toCursor());
    return shape.list(
        page(request, found.items(), choice, loaded, shape),
        request,
        found.next().map(Cursor::encode).orElse(null));
  }

  private AnswerShape.Page page(
      DeliveryRequest request,
      List<Snapshot> items,
      LocaleChoice choice,
      RequestSnapshots loaded,
      AnswerShape shape) {
    ReferenceExpansion references =
        ReferenceExpansion.of(items, request.include(), shape::referencesOf, loaded, choice);
    return shape.page(
        request,
        items,
        references,
        alternatives(choice, loaded, items, references.included().values()),
        ids -> assetCatalog.describe(ids, choice.chain()));
  }

  /**
   * For filling empty fields: per served item (the answer's and the included ones), its snapshots
   * in the chain's locales after the one served, in chain order.
   */
  private static Map<String, List<Snapshot>> alternatives(
      LocaleChoice choice,
      RequestSnapshots loaded,
      List<Snapshot> items,
      Collection<Snapshot> included) {
    if (!choice.fillsFields()) {
      return Map.of();
    }
    Map<String, Snapshot> served = new LinkedHashMap<>();
    items.forEach(s -> served.put(s.itemId(), s));
    included.forEach(s -> served.putIfAbsent(s.itemId(), s));
    Map<String, List<Snapshot>> ofItems = new HashMap<>();
    for (Snapshot row : loaded.of(served.keySet())) {
      ofItems.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(row);
    }
    Map<String, List<Snapshot>> alternatives = new HashMap<>();
    served.forEach(
        (id, s) ->
            alternatives.put(id, choice.alternatives(s, ofItems.getOrDefault(id, List.of()))));
    return alternatives;
  }
}
