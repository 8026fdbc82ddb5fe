package no.ordna.cms.contenttype.application;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The port through which type changes see stored content without depending on the content feature:
 * count items of a type, read their field sets, and rewrite one when a migration runs.
 */
public interface StoredFieldSets {

  long itemCount(String typeKey);

  /** Every field set (shared and per variant) of the items of a type. */
  List<FieldSet> of(String typeKey);

  /** Replaces the values of one field set; the item's and variant's ETags change. */
  void rewrite(FieldSet set, JsonObject fields);
}
