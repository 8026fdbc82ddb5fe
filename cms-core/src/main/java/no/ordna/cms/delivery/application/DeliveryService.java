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
import no.ordna.cms.asset.application.AssetCatalog;
import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.application.TypeDefinitionChecks;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.ListCursor;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.delivery.persistence.SnapshotQueries;
import no.ordna.cms.localization.application.LocaleService;
import no.ordna.cms.publishing.domain.Channel;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.publishing.persistence.SnapshotRepository;
import no.ordna.cms.shared.NotFoundException;

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

  public Representation read(DeliveryRequest request) {
    LocaleChoice choice = LocaleChoice.of(request, locales.settings());
    RequestSnapshots loaded =
        new RequestSnapshots(ids -> snapshots.ofItems(request.channel(), ids));
    AnswerShape shape =
        new AnswerShape(
            new ItemShaper(key -> types.definition(TypeKind.CONTENT, key), checks::blockType));
    return request.isList()
        ? list(request, choice, loaded, shape)
        : one(request, choice, loaded, shape);
  }

  private Representation one(
      DeliveryRequest request, LocaleChoice choice, RequestSnapshots loaded, AnswerShape shape) {
    List<Snapshot> ofItem = itemIdFor(request, choice).map(loaded::of).orElse(List.of());
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
            + request.idOrSlug()
            + "' in "
            + request.requestedLocale()
            + (request.fallback() ? " or its fallback locales" : ""));
  }

  private Optional<String> itemIdFor(DeliveryRequest request, LocaleChoice choice) {
    String key = request.idOrSlug();
    if (key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
      return Optional.of(key);
    }
    return choice
        .best(snapshots.bySlug(request.channel(), request.type(), key))
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
            request.after(),
            request.limit());
    boolean more = rows.size() > request.limit();
    List<Snapshot> items = more ? rows.subList(0, request.limit()) : rows;
    String next = null;
    if (more) {
      Snapshot last = items.get(items.size() - 1);
      next = new ListCursor(SnapshotQueries.cursorValue(request.sort(), last), last.id()).encode();
    }
    return shape.list(page(request, items, choice, loaded, shape), request, next);
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
