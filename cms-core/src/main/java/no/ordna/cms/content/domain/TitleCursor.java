package no.ordna.cms.content.domain;

import java.util.Arrays;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.Keyset;

/**
 * Where a page of the item list sorted by title in {@code locale} ended: the last variant's
 * collation key and its item's id. A cursor of the list by title in another locale is not one of
 * this list's.
 */
public record TitleCursor(String locale, byte[] titleKey, String id) {

  /** The opaque cursor of this position. */
  public Cursor cursor() {
    return Keyset.cursor(list(locale), titleKey, id);
  }

  /** The position of a cursor of this list; a 400 naming {@code cursor} for any other. */
  public static TitleCursor from(Cursor cursor, String locale) {
    Keyset keyset = Keyset.read(cursor, list(locale), 2);
    return new TitleCursor(locale, keyset.bytes(0), keyset.text(1));
  }

  private static String list(String locale) {
    return "items-title-" + locale;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TitleCursor that
        && locale.equals(that.locale)
        && Arrays.equals(titleKey, that.titleKey)
        && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return (locale.hashCode() * 31 + Arrays.hashCode(titleKey)) * 31 + id.hashCode();
  }

  @Override
  public String toString() {
    return "TitleCursor[" + locale + ", " + id + "]";
  }
}
