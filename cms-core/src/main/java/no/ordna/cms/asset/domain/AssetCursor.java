package no.ordna.cms.asset.domain;

import java.time.Instant;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Keyset;

/** Where a page of the asset list ended: the last asset's upload time and id (newest first). */
public record AssetCursor(Instant createdAt, String id) {

  private static final String LIST = "assets";

  /** The opaque cursor of this position. */
  public Cursor cursor() {
    return Keyset.cursor(LIST, createdAt, id);
  }

  /** The position of a cursor of this list; a 400 naming {@code cursor} for any other. */
  public static AssetCursor from(Cursor cursor) {
    Keyset keyset = Keyset.read(cursor, LIST, 2);
    return new AssetCursor(keyset.instant(0), keyset.text(1));
  }
}
