package no.ordna.cms.contenttype.application;

import jakarta.json.JsonObject;

/**
 * One stored set of field values of an item: its shared values ({@code locale} null) or one
 * variant's localized values. Type migrations read and rewrite these.
 */
public record FieldSet(String itemId, String typeKey, String locale, JsonObject fields) {

  public boolean shared() {
    return locale == null;
  }
}
