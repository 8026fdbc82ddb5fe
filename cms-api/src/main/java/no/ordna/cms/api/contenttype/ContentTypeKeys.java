package no.ordna.cms.api.contenttype;

import no.ordna.cms.contenttype.application.ContentTypeService;
import no.ordna.cms.contenttype.domain.TypeKey;
import no.ordna.cms.contenttype.domain.TypeKind;

/** Type keys as clients write them (in a query, a body): whether one names a content type. */
public final class ContentTypeKeys {

  private ContentTypeKeys() {}

  /** Whether {@code text} is the key of a content type (false for text that cannot be a key). */
  public static boolean known(ContentTypeService types, String text) {
    return TypeKey.parse(text).flatMap(k -> types.definition(TypeKind.CONTENT, k)).isPresent();
  }
}
