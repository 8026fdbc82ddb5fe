package no.ordna.cms.translation.application;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What importing one file of an XLIFF document will do: the item, the translation's values with the
 * translated texts set in, the source revision they were made from, whether anything changes, and
 * the outcome of each unit.
 */
record ImportPlan(
    String path,
    String itemId,
    String typeKey,
    JsonObject fields,
    int sourceRevision,
    boolean changed,
    List<ImportedUnit> units) {}
