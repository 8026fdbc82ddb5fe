package no.ordna.cms.contenttype.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import no.ordna.cms.contenttype.domain.ContentTypeVersion;
import no.ordna.cms.shared.JsonDocuments;

/**
 * One version of a type's definition as it was stored: the definition, the changes that made it
 * ({@code {change, field?, detail?}} each) and who made them when.
 */
public record TypeVersionDetails(
    int version, Instant createdAt, String createdBy, JsonArray changes, JsonObject definition) {

  static TypeVersionDetails of(ContentTypeVersion version) {
    return new TypeVersionDetails(
        version.definitionVersion(),
        version.createdAt(),
        version.createdBy(),
        JsonDocuments.parseArray(version.changes()),
        JsonDocuments.parseObject(version.definition()));
  }
}
