package no.ordna.cms.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsItsValuesUrlSafely() {
    Cursor cursor = Cursor.of("1764412345:123000", "3f2a7c1e-0000-4000-8000-000000000001", "");
    String text = cursor.encode();
    assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
    assertEquals(Optional.of(cursor), Cursor.decode(text));
    assertEquals("", Cursor.decode(text).orElseThrow().part(2));
  }

  @Test
  void keepsNonAsciiValues() {
    Cursor cursor = Cursor.of("Sámi perspektiiva ŋ", "x");
    assertEquals(cursor.parts(), Cursor.decode(cursor.encode()).orElseThrow().parts());
  }

  @Test
  void anAlteredCursorIsNotOne() {
    String text = Cursor.of("100", "abc").encode();
    char last = text.charAt(3);
    String altered = text.substring(0, 3) + (last == 'A' ? 'B' : 'A') + text.substring(4);
    assertFalse(Cursor.decode(altered).isPresent());
    assertFalse(Cursor.decode(text.substring(0, text.length() - 2)).isPresent());
  }

  @Test
  void madeUpTextIsNotACursor() {
    assertFalse(Cursor.decode("").isPresent());
    assertFalse(Cursor.decode("not a cursor!").isPresent());
    assertFalse(Cursor.decode("a").isPresent());
    String plain = Base64.getUrlEncoder().encodeToString("100:abc".getBytes());
    assertFalse(Cursor.decode(plain).isPresent());
    assertFalse(Cursor.decode("A".repeat(5000)).isPresent());
  }

  @Test
  void valuesMayNotHoldTheSeparator() {
    assertThrows(IllegalArgumentException.class, () -> Cursor.of("a\u001fb"));
    assertThrows(IllegalArgumentException.class, () -> Cursor.of(List.of()));
  }

  @Test
  void aPageFetchedWithOneMoreHasANextCursorFromItsLastEntry() {
    PageRequest request = PageRequest.first(2);
    assertEquals(3, request.fetchSize());
    Page<String> page = Page.of(List.of("a", "b", "c"), request, Cursor::of);
    assertEquals(List.of("a", "b"), page.items());
    assertEquals(Optional.of(Cursor.of("b")), page.next());
    Page<String> last = Page.of(List.of("a", "b"), request, Cursor::of);
    assertEquals(Optional.empty(), last.next());
    assertEquals(List.of("A", "B"), page.map(String::toUpperCase).items());
  }
}
