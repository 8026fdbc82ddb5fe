package no.ordna.cms.demo;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.ordna.cms.shared.Jsons;

/**
 * The demo dataset ({@code demo/kompetansestrategi.json}): content entries, each with a local key,
 * a content type, the fields of its original locale and optional further locale variants. Where a
 * field expects an item id, the file holds {@code {"$ref": "<key>"}}; {@link #resolve} swaps in the
 * id the entry got when it was created. Where a field expects an asset id, it holds {@code
 * {"$asset": "<key>"}} naming one of the dataset's {@link AssetEntry sample files}, which the
 * loader makes and uploads first. Invariants (checked on parse): keys are unique, every entry has a
 * type and a fields object, and entries hold no members beyond those {@link Entry} has.
 */
public final class DemoDataset {

  static final String RESOURCE = "/demo/kompetansestrategi.json";
  private static final String REF = "$ref";
  private static final String ASSET = "$asset";
  private static final Set<String> ENTRY_MEMBERS =
      Set.of("key", "type", "locale", "fields", "variants");

  /** One item to create; {@code variants} maps further locales to their localized fields. */
  public record Entry(
      String key, String type, String locale, JsonObject fields, Map<String, JsonObject> variants) {

    public Entry {
      variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }
  }

  /**
   * A sample file to generate: its key (also its file name), its kind ({@code pdf}, or the picture
   * to draw: {@code wheel}, {@code portrait}, {@code montage}, {@code photo}, {@code banner}) and
   * its texts per locale.
   */
  public record AssetEntry(String key, String kind, JsonObject texts) {}

  private final String name;
  private final List<AssetEntry> assets;
  private final List<Entry> entries;

  private DemoDataset(String name, List<AssetEntry> assets, List<Entry> entries) {
    this.name = name;
    this.assets = List.copyOf(assets);
    this.entries = List.copyOf(entries);
  }

  /** Reads the dataset shipped on the class path. */
  public static DemoDataset read() {
    try (InputStream in = DemoDataset.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("demo dataset not found on the class path: " + RESOURCE);
      }
      try (JsonReader reader = Jsons.createReader(in)) {
        return parse(reader.readObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DemoDataset parse(JsonObject json) {
    String defaultLocale = json.getString("locale", "nb");
    List<Entry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (JsonValue value : json.getJsonArray("entries")) {
      Entry entry = entry(value.asJsonObject(), defaultLocale);
      if (!keys.add(entry.key())) {
        throw new IllegalStateException("demo entry key used twice: " + entry.key());
      }
      entries.add(entry);
    }
    List<AssetEntry> assets = new ArrayList<>();
    Set<String> assetKeys = new HashSet<>();
    for (JsonValue value : json.getOrDefault("assets", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
      JsonObject asset = value.asJsonObject();
      AssetEntry entry =
          new AssetEntry(
              asset.getString("key"),
              asset.getString("kind"),
              asset.getOrDefault("texts", JsonValue.EMPTY_JSON_OBJECT).asJsonObject());
      if (!assetKeys.add(entry.key())) {
        throw new IllegalStateException("demo asset key used twice: " + entry.key());
      }
      assets.add(entry);
    }
    return new DemoDataset(json.getString("name"), assets, entries);
  }

  private static Entry entry(JsonObject json, String defaultLocale) {
    Set<String> unknown = new HashSet<>(json.keySet());
    unknown.removeAll(ENTRY_MEMBERS);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("demo entry " + json.get("key") + " has unknown " + unknown);
    }
    Map<String, JsonObject> variants = new LinkedHashMap<>();
    JsonObject variantsJson =
        json.getOrDefault("variants", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
    variantsJson.forEach((locale, fields) -> variants.put(locale, fields.asJsonObject()));
    JsonValue fields = json.get("fields");
    if (!(fields instanceof JsonObject)) {
      throw new IllegalStateException("demo entry " + json.get("key") + " has no fields object");
    }
    return new Entry(
        json.getString("key"),
        json.getString("type"),
        json.getString("locale", defaultLocale),
        fields.asJsonObject(),
        variants);
  }

  public String name() {
    return name;
  }

  /** The sample files, to be made and uploaded before the entries. */
  public List<AssetEntry> assets() {
    return assets;
  }

  /** The asset keys named by {@code $asset} anywhere in the value. */
  public static Set<String> assetRefs(JsonValue value) {
    Set<String> keys = new LinkedHashSet<>();
    collect(value, ASSET, keys);
    return keys;
  }

  /**
   * The entries in file order, the order they are created in. References should name earlier
   * entries; a field that names a later one is saved once every entry exists.
   */
  public List<Entry> entries() {
    return entries;
  }

  /** The keys named by {@code $ref} anywhere in the value, in order of appearance. */
  public static Set<String> refs(JsonValue value) {
    Set<String> keys = new LinkedHashSet<>();
    collectRefs(value, keys);
    return keys;
  }

  private static void collectRefs(JsonValue value, Set<String> into) {
    collect(value, REF, into);
  }

  private static void collect(JsonValue value, String marker, Set<String> into) {
    String key = markedKey(value, marker);
    if (key != null) {
      into.add(key);
    } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      value.asJsonObject().values().forEach(v -> collect(v, marker, into));
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> collect(v, marker, into));
    }
  }

  /**
   * The value with every {@code $ref} and {@code $asset} key replaced by {@code ids.apply(key)}.
   */
  public static JsonValue resolve(JsonValue value, Function<String, String> ids) {
    return resolve(value, ids, ids);
  }

  /**
   * The value with every {@code {"$ref": key}} replaced by {@code items.apply(key)} and every
   * {@code {"$asset": key}} by {@code assets.apply(key)}.
   */
  public static JsonValue resolve(
      JsonValue value, Function<String, String> items, Function<String, String> assets) {
    String key = refKey(value);
    String asset = markedKey(value, ASSET);
    if (key != null || asset != null) {
      String id = key != null ? items.apply(key) : assets.apply(asset);
      if (id == null) {
        throw new IllegalStateException(
            "demo data refers to an unknown or later entry: " + (key != null ? key : asset));
      }
      return Jsons.createValue(id);
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObjectBuilder out = Jsons.createObjectBuilder();
      value.asJsonObject().forEach((k, v) -> out.add(k, resolve(v, items, assets)));
      return out.build();
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArrayBuilder out = Jsons.createArrayBuilder();
      value.asJsonArray().forEach(v -> out.add(resolve(v, items, assets)));
      return out.build();
    }
    return value;
  }

  /**
   * The fields whose references all name {@code known} keys: what can be saved before the entries
   * named by the other fields exist.
   */
  public static JsonObject withRefsOnlyTo(JsonObject fields, Set<String> known) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    fields.forEach(
        (key, value) -> {
          if (known.containsAll(refs(value))) {
            out.add(key, value);
          }
        });
    return out.build();
  }

  private static String refKey(JsonValue value) {
    return markedKey(value, REF);
  }

  private static String markedKey(JsonValue value, String marker) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    JsonObject object = value.asJsonObject();
    return object.size() == 1 && object.get(marker) instanceof JsonString key
        ? key.getString()
        : null;
  }
}
