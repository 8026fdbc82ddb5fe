package no.ordna.cms.contenttype.application;

import java.time.Instant;
import no.ordna.cms.contenttype.domain.ContentType;
import no.ordna.cms.contenttype.domain.TypeDefinition;
import no.ordna.cms.contenttype.domain.TypeKind;

/**
 * A content or block type as the use cases hand it out, read inside their transaction: the
 * (immutable) definition with its version and who changed it last, and the entity tag of that
 * version.
 */
public record TypeDetails(
    TypeDefinition definition,
    TypeKind kind,
    int version,
    boolean builtIn,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy,
    String etag) {

  static TypeDetails of(ContentType type) {
    return new TypeDetails(
        type.definition(),
        type.kind(),
        type.definitionVersion(),
        type.builtIn(),
        type.createdAt(),
        type.updatedAt(),
        type.updatedBy(),
        type.etag());
  }

  public String key() {
    return definition.key();
  }
}
