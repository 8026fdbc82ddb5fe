package no.ordna.cms.content.domain.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.contenttype.domain.FieldDefinition;
import no.ordna.cms.contenttype.domain.FieldType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Field-by-field differences between two sets of values of one type, in the type's field order:
 * plain values compared whole, rich text paragraph by paragraph (its top-level elements), blocks by
 * their stable ids (added, removed, changed with the fields that changed, moved).
 */
public final class FieldsDiff {

  private FieldsDiff() {}

  public static List<FieldChange> between(
      TypeDefinition type, JsonObject before, JsonObject after) {
    Set<String> keys = new LinkedHashSet<>();
    type.fields().forEach(f -> keys.add(f.key()));
    keys.addAll(before.keySet());
    keys.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String key : keys) {
      JsonValue old = before.get(key);
      JsonValue now = after.get(key);
      if (Objects.equals(old, now)) {
        continue;
      }
      String kind = old == null ? "added" : now == null ? "removed" : "changed";
      Optional<FieldType> fieldType = type.field(key).map(FieldDefinition::type);
      List<PartChange> parts = List.of();
      if (kind.equals("changed")
          && fieldType.orElse(null) == FieldType.RICH_TEXT
          && old instanceof JsonString a
          && now instanceof JsonString b) {
        parts = paragraphs(a.getString(), b.getString());
      } else if (kind.equals("changed")
          && fieldType.orElse(null) == FieldType.BLOCKS
          && old.getValueType() == JsonValue.ValueType.ARRAY
          && now.getValueType() == JsonValue.ValueType.ARRAY) {
        parts = blocks(old.asJsonArray(), now.asJsonArray());
      }
      changes.add(new FieldChange(key, kind, old, now, parts));
    }
    return changes;
  }

  /** The top-level paragraphs (elements, and runs of loose text) of an HTML fragment. */
  static List<String> paragraphsOf(String html) {
    List<String> parts = new ArrayList<>();
    for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
      if (node instanceof Element element) {
        parts.add(element.outerHtml());
      } else if (node instanceof TextNode text && !text.isBlank()) {
        parts.add(text.text().trim());
      }
    }
    return parts;
  }

  private static List<PartChange> paragraphs(String before, String after) {
    List<String> old = paragraphsOf(before);
    List<String> now = paragraphsOf(after);
    List<PartChange> parts = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      int paired = Math.min(removed.size(), added.size());
      int from = delta.getSource().getPosition();
      int to = delta.getTarget().getPosition();
      for (int i = 0; i < paired; i++) {
        parts.add(
            new PartChange(
                "changed",
                from + i,
                to + i,
                null,
                null,
                PartChange.text(removed.get(i)),
                PartChange.text(added.get(i)),
                List.of()));
      }
      for (int i = paired; i < removed.size(); i++) {
        parts.add(
            new PartChange(
                "removed",
                from + i,
                null,
                null,
                null,
                PartChange.text(removed.get(i)),
                null,
                List.of()));
      }
      for (int i = paired; i < added.size(); i++) {
        parts.add(
            new PartChange(
                "added", null, to + i, null, null, null, PartChange.text(added.get(i)), List.of()));
      }
    }
    return parts;
  }

  private static List<PartChange> blocks(List<JsonValue> before, List<JsonValue> after) {
    Map<String, Integer> oldIndex = ids(before);
    Map<String, Integer> newIndex = ids(after);
    List<String> oldOrder = new ArrayList<>(oldIndex.keySet());
    List<String> newOrder = new ArrayList<>(newIndex.keySet());
    List<String> common = new ArrayList<>(oldOrder);
    common.retainAll(newIndex.keySet());
    List<String> stayed = new ArrayList<>(newOrder);
    stayed.retainAll(oldIndex.keySet());
    Set<String> moved = new LinkedHashSet<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(common, stayed).getDeltas()) {
      moved.addAll(delta.getTarget().getLines());
    }
    List<PartChange> parts = new ArrayList<>();
    for (String id : oldOrder) {
      if (!newIndex.containsKey(id)) {
        JsonObject block = before.get(oldIndex.get(id)).asJsonObject();
        parts.add(
            new PartChange(
                "removed",
                oldIndex.get(id),
                null,
                id,
                block.getString("type", ""),
                block,
                null,
                List.of()));
      }
    }
    for (String id : newOrder) {
      JsonObject now = after.get(newIndex.get(id)).asJsonObject();
      if (!oldIndex.containsKey(id)) {
        parts.add(
            new PartChange(
                "added",
                null,
                newIndex.get(id),
                id,
                now.getString("type", ""),
                null,
                now,
                List.of()));
        continue;
      }
      JsonObject old = before.get(oldIndex.get(id)).asJsonObject();
      List<String> changedFields = changedFields(old, now);
      if (!changedFields.isEmpty()) {
        parts.add(
            new PartChange(
                "changed",
                oldIndex.get(id),
                newIndex.get(id),
                id,
                now.getString("type", ""),
                old,
                now,
                changedFields));
      } else if (moved.contains(id)) {
        parts.add(
            new PartChange(
                "moved",
                oldIndex.get(id),
                newIndex.get(id),
                id,
                now.getString("type", ""),
                null,
                null,
                List.of()));
      }
    }
    return parts;
  }

  private static Map<String, Integer> ids(List<JsonValue> blocks) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      JsonValue block = blocks.get(i);
      String id =
          block.getValueType() == JsonValue.ValueType.OBJECT
              ? block.asJsonObject().getString("id", "#" + i)
              : "#" + i;
      ids.putIfAbsent(id, i);
    }
    return ids;
  }

  private static List<String> changedFields(JsonObject before, JsonObject after) {
    JsonObject old =
        before.containsKey("fields") ? before.getJsonObject("fields") : JsonValue.EMPTY_JSON_OBJECT;
    JsonObject now =
        after.containsKey("fields") ? after.getJsonObject("fields") : JsonValue.EMPTY_JSON_OBJECT;
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(now.keySet());
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(before.getString("type", ""), after.getString("type", ""))) {
      changed.add("type");
    }
    keys.stream().filter(k -> !Objects.equals(old.get(k), now.get(k))).forEach(changed::add);
    return changed;
  }
}
