package no.ordna.cms.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Writes wire records as Payara's JAX-RS runtime does: with JSON-B's default configuration. */
public final class WireJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private WireJson() {}

  public static String write(Object record) {
    return JSONB.toJson(record);
  }
}
