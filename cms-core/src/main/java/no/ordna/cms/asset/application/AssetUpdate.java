package no.ordna.cms.asset.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import no.ordna.cms.asset.domain.FocalPoint;

/**
 * What a client sends to make or change an asset: texts per locale (only the locales named change;
 * see {@link no.ordna.cms.asset.domain.AssetTexts#with}), and optionally a focal point and a file
 * name (null: unchanged).
 */
public record AssetUpdate(JsonObject texts, FocalPoint focalPoint, String fileName) {

  public AssetUpdate {
    texts = texts == null ? JsonValue.EMPTY_JSON_OBJECT : texts;
  }
}
