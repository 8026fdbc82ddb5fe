package no.ordna.cms.delivery.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.delivery.domain.DeliveryRequest;
import no.ordna.cms.delivery.domain.Representation;
import no.ordna.cms.publishing.domain.Snapshot;
import no.ordna.cms.shared.Jsons;

/**
 * The JSON shape of delivery answers: the items as readers see them ({@link ItemShaper}), the
 * included items, the assets they use, and the envelope of one item or of a list page; and the
 * answer's bytes, strong ETag, newest publication time and cache tags.
 */
final class AnswerShape {

  private final ItemShaper shaper;

  AnswerShape(ItemShaper shaper) {
    this.shaper = shaper;
  }

  /** The ids an item's current fields refer to. */
  Set<String> referencesOf(Snapshot snapshot) {
    return shaper.referencesOf(snapshot);
  }

  /** The shaped items, the included ones, their assets, and the tags of all the answer shows. */
  record Page(
      List<JsonObject> shaped,
      Map<String, JsonObject> included,
      Map<String, JsonObject> assets,
      Set<String> tags,
      Instant lastModified) {}

  /**
   * Shapes the items and the included ones. {@code alternatives} gives, per item id, the snapshots
   * its empty fields may be filled from; {@code describeAssets} describes assets by id.
   */
  Page page(
      DeliveryRequest request,
      List<Snapshot> items,
      ReferenceExpansion references,
      Map<String, List<Snapshot>> alternatives,
      Function<Collection<String>, Map<String, JsonObject>> describeAssets) {
    Set<String> dependsOn = new LinkedHashSet<>(references.referenced());
    Set<String> typeKeys = new LinkedHashSet<>();
    Instant lastModified = Instant.EPOCH;
    List<JsonObject> shaped = new ArrayList<>();
    for (Snapshot item : items) {
      shaped.add(
          shaper.shape(
              item,
              request.requestedLocale().value(),
              request.fields(),
              references.visible(),
              alternatives.getOrDefault(item.itemId(), List.of())));
      lastModified = max(lastModified, item.publishedAt());
      dependsOn.add(item.itemId());
      typeKeys.add(item.typeKey());
    }
    Map<String, JsonObject> included = new LinkedHashMap<>();
    for (Snapshot row : references.included().values()) {
      included.put(
          row.itemId(),
          shaper.shape(
              row,
              request.requestedLocale().value(),
              Set.of(),
              references.visible(),
              alternatives.getOrDefault(row.itemId(), List.of())));
      lastModified = max(lastModified, row.publishedAt());
      typeKeys.add(row.typeKey());
    }
    Set<String> tags = new LinkedHashSet<>();
    dependsOn.forEach(id -> tags.add(Representation.itemTag(id)));
    typeKeys.forEach(key -> tags.add(DefinitionTags.of(key)));
    tags.add(DefinitionTags.of(request.type().value()));
    Set<String> assetIds = new LinkedHashSet<>();
    shaped.forEach(item -> assetIds.addAll(shaper.assetsOf(item)));
    included.values().forEach(item -> assetIds.addAll(shaper.assetsOf(item)));
    assetIds.forEach(id -> tags.add(Representation.assetTag(id)));
    return new Page(shaped, included, describeAssets.apply(assetIds), tags, lastModified);
  }

  /** One item: its shaped form with the asked locale and the locales it is published in. */
  Representation one(
      Page page, DeliveryRequest request, List<String> availableLocales, String served) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder(page.shaped().get(0))
            .add("requestedLocale", request.requestedLocale().value())
            .add("availableLocales", Jsons.createArrayBuilder(availableLocales));
    addIncluded(json, page, request);
    json.add("assets", assets(page));
    return representation(json.build(), page, served, Set.of());
  }

  /** A page of a list, with the cursor of the next page ({@code null} on the last). */
  Representation list(Page page, DeliveryRequest request, String next) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    page.shaped().forEach(array::add);
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("type", request.type().value())
            .add("requestedLocale", request.requestedLocale().value())
            .add("sort", request.sort().wireName())
            .add("limit", request.page().limit())
            .add("items", array);
    if (next != null) {
      json.add("next", next);
    } else {
      json.addNull("next");
    }
    addIncluded(json, page, request);
    json.add("assets", assets(page));
    return representation(
        json.build(),
        page,
        request.requestedLocale().value(),
        Set.of(Representation.typeTag(request.type().value())));
  }

  private static JsonObjectBuilder assets(Page page) {
    JsonObjectBuilder assets = Jsons.createObjectBuilder();
    page.assets().forEach(assets::add);
    return assets;
  }

  private static void addIncluded(JsonObjectBuilder json, Page page, DeliveryRequest request) {
    if (request.include() > 0) {
      JsonObjectBuilder included = Jsons.createObjectBuilder();
      page.included().forEach(included::add);
      json.add("included", included);
    }
  }

  private static Representation representation(
      JsonObject json, Page page, String language, Set<String> extraTags) {
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    Set<String> tags = new LinkedHashSet<>(page.tags());
    tags.addAll(extraTags);
    return new Representation(body, etag(body), page.lastModified(), language, tags);
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
