package no.ordna.cms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import no.ordna.cms.shared.Jsons;
import no.ordna.cms.shared.NotFoundException;

/**
 * Answers delivery reads from snapshots: one item by id or slug, or a page of a type's items, in
 * the best locale the fallback chain offers, with references resolved {@code include} levels deep
 * (each item once, in {@code included}) and references to items the reader cannot see left out. The
 * assets the answer's items use are described once, in {@code assets} by id (URL, type, size, pixel
 * size or pages, and their texts along the same locale chain as the content).
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
    return request.isList() ? list(request) : one(request);
  }

  private List<String> chain(DeliveryRequest request) {
    return request.fallback()
        ? locales.settings().resolutionOrder(request.requestedLocale())
        : List.of(request.requestedLocale());
  }

  private ItemShaper shaper() {
    return new ItemShaper(key -> types.definition(TypeKind.CONTENT, key), checks::blockType);
  }

  private Representation one(DeliveryRequest request) {
    List<String> chain = chain(request);
    Snapshot best =
        itemIdFor(request, chain)
            .flatMap(
                id ->
                    bestOf(snapshots.ofItems(request.channel(), List.of(id)), chain)
                        .values()
                        .stream()
                        .findFirst())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "not-found",
                        "No "
                            + (request.channel() == Channel.PREVIEW ? "" : "published ")
                            + "'"
                            + request.type()
                            + "' item '"
                            + request.idOrSlug()
                            + "' in "
                            + request.requestedLocale()
                            + (request.fallback() ? " or its fallback locales" : "")));
    List<Snapshot> locales = snapshots.ofItems(request.channel(), List.of(best.itemId()));
    Page page = resolve(request, List.of(best), chain);
    JsonObjectBuilder json =
        Jsons.createObjectBuilder(page.shaped.get(0))
            .add("requestedLocale", request.requestedLocale())
            .add(
                "availableLocales",
                Jsons.createArrayBuilder(locales.stream().map(Snapshot::locale).sorted().toList()));
    addIncluded(json, page, request);
    json.add("assets", assets(page));
    return representation(json.build(), page, best.locale(), Set.of());
  }

  private Optional<String> itemIdFor(DeliveryRequest request, List<String> chain) {
    String key = request.idOrSlug();
    if (key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
      return Optional.of(key);
    }
    return snapshots.bySlug(request.channel(), request.type(), key).stream()
        .filter(s -> chain.contains(s.locale()))
        .min(Comparator.comparingInt(s -> chain.indexOf(s.locale())))
        .map(Snapshot::itemId);
  }

  private Representation list(DeliveryRequest request) {
    List<String> chain = chain(request);
    TypeDefinition type = types.get(TypeKind.CONTENT, request.type()).definition();
    List<Snapshot> rows =
        queries.page(
            request.channel(),
            type,
            chain,
            request.filters(),
            request.sort(),
            request.after(),
            request.limit());
    boolean more = rows.size() > request.limit();
    List<Snapshot> items = more ? rows.subList(0, request.limit()) : rows;
    Page page = resolve(request, items, chain);
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    page.shaped.forEach(array::add);
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("type", request.type())
            .add("requestedLocale", request.requestedLocale())
            .add("sort", request.sort().wireName())
            .add("limit", request.limit())
            .add("items", array);
    if (more) {
      Snapshot last = items.get(items.size() - 1);
      json.add(
          "next",
          new ListCursor(SnapshotQueries.cursorValue(request.sort(), last), last.id()).encode());
    } else {
      json.addNull("next");
    }
    addIncluded(json, page, request);
    json.add("assets", assets(page));
    return representation(
        json.build(),
        page,
        request.requestedLocale(),
        Set.of(Representation.typeTag(request.type())));
  }

  /** The shaped items, the included ones, and every item id the answer depends on. */
  private record Page(
      List<JsonObject> shaped,
      Map<String, JsonObject> included,
      Map<String, JsonObject> assets,
      Set<String> dependsOn,
      Instant lastModified) {}

  private Page resolve(DeliveryRequest request, List<Snapshot> items, List<String> chain) {
    ItemShaper shaper = shaper();
    Set<String> dependsOn = new LinkedHashSet<>();
    Set<String> typeKeys = new LinkedHashSet<>();
    Map<String, Snapshot> seen = new LinkedHashMap<>();
    items.forEach(s -> seen.put(s.itemId(), s));
    List<Snapshot> level = items;
    Map<String, Snapshot> includedRows = new LinkedHashMap<>();
    Map<String, Snapshot> visible = new HashMap<>(seen);
    for (int depth = 0; ; depth++) {
      Set<String> refs = new LinkedHashSet<>();
      level.forEach(s -> refs.addAll(shaper.referencesOf(s)));
      dependsOn.addAll(refs);
      refs.removeAll(visible.keySet());
      Map<String, Snapshot> found = bestOf(snapshots.ofItems(request.channel(), refs), chain);
      visible.putAll(found);
      if (depth >= request.include()) {
        break;
      }
      found.forEach(includedRows::putIfAbsent);
      level = List.copyOf(found.values());
      if (level.isEmpty()) {
        break;
      }
    }
    Map<String, List<Snapshot>> alternatives =
        alternatives(request, chain, items, includedRows.values());
    Instant lastModified = Instant.EPOCH;
    List<JsonObject> shaped = new ArrayList<>();
    for (Snapshot item : items) {
      shaped.add(
          shaper.shape(
              item,
              request.requestedLocale(),
              request.fields(),
              visible,
              alternatives.getOrDefault(item.itemId(), List.of())));
      lastModified = max(lastModified, item.publishedAt());
      dependsOn.add(item.itemId());
      typeKeys.add(item.typeKey());
    }
    Map<String, JsonObject> included = new LinkedHashMap<>();
    for (Snapshot row : includedRows.values()) {
      included.put(
          row.itemId(),
          shaper.shape(
              row,
              request.requestedLocale(),
              Set.of(),
              visible,
              alternatives.getOrDefault(row.itemId(), List.of())));
      lastModified = max(lastModified, row.publishedAt());
      typeKeys.add(row.typeKey());
    }
    Set<String> tags = new LinkedHashSet<>();
    dependsOn.forEach(id -> tags.add(Representation.itemTag(id)));
    typeKeys.forEach(key -> tags.add(DefinitionTags.of(key)));
    tags.add(DefinitionTags.of(request.type()));
    Set<String> assetIds = new LinkedHashSet<>();
    shaped.forEach(item -> assetIds.addAll(shaper.assetsOf(item)));
    included.values().forEach(item -> assetIds.addAll(shaper.assetsOf(item)));
    assetIds.forEach(id -> tags.add(Representation.assetTag(id)));
    Map<String, JsonObject> assets = assetCatalog.describe(assetIds, chain);
    return new Page(shaped, included, assets, tags, lastModified);
  }

  /**
   * For per-field fallback: per item, its snapshots in the chain's locales after the one served, in
   * chain order (none when the reader asked for no fallback).
   */
  private Map<String, List<Snapshot>> alternatives(
      DeliveryRequest request,
      List<String> chain,
      List<Snapshot> items,
      Collection<Snapshot> included) {
    Map<String, List<Snapshot>> alternatives = new HashMap<>();
    if (!request.fallback() || chain.size() < 2) {
      return alternatives;
    }
    Map<String, Snapshot> served = new HashMap<>();
    items.forEach(s -> served.put(s.itemId(), s));
    included.forEach(s -> served.putIfAbsent(s.itemId(), s));
    for (Snapshot row : snapshots.ofItems(request.channel(), served.keySet())) {
      Snapshot chosen = served.get(row.itemId());
      if (chain.indexOf(row.locale()) > chain.indexOf(chosen.locale())) {
        alternatives.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(row);
      }
    }
    alternatives
        .values()
        .forEach(list -> list.sort(Comparator.comparingInt(s -> chain.indexOf(s.locale()))));
    return alternatives;
  }

  /** Per item, the snapshot in the first locale of the chain it has. */
  private static Map<String, Snapshot> bestOf(Collection<Snapshot> rows, List<String> chain) {
    Map<String, Snapshot> best = new LinkedHashMap<>();
    for (Snapshot row : rows) {
      int rank = chain.indexOf(row.locale());
      if (rank < 0) {
        continue;
      }
      Snapshot current = best.get(row.itemId());
      if (current == null || rank < chain.indexOf(current.locale())) {
        best.put(row.itemId(), row);
      }
    }
    return best;
  }

  private static JsonObjectBuilder assets(Page page) {
    JsonObjectBuilder assets = Jsons.createObjectBuilder();
    page.assets.forEach(assets::add);
    return assets;
  }

  private static void addIncluded(JsonObjectBuilder json, Page page, DeliveryRequest request) {
    if (request.include() > 0) {
      JsonObjectBuilder included = Jsons.createObjectBuilder();
      page.included.forEach(included::add);
      json.add("included", included);
    }
  }

  private static Representation representation(
      JsonObject json, Page page, String language, Set<String> extraTags) {
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    Set<String> tags = new LinkedHashSet<>(page.dependsOn);
    tags.addAll(extraTags);
    return new Representation(body, etag(body), page.lastModified, language, tags);
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27)
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
