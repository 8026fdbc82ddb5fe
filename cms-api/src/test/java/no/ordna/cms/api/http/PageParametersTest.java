package no.ordna.cms.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.Violation;
import no.ordna.cms.shared.Violations;
import no.ordna.cms.shared.paging.Cursor;
import no.ordna.cms.shared.paging.PageRequest;
import org.junit.jupiter.api.Test;

class PageParametersTest {

  @Test
  void noParametersIsTheFirstPageOfTheDefaultSize() {
    assertEquals(PageRequest.first(20), new PageParameters(null, null).toRequest(20, 100));
  }

  @Test
  void limitAndCursorAreRead() {
    Cursor cursor = Cursor.of("x", "y");
    assertEquals(
        PageRequest.after(7, cursor), new PageParameters("7", cursor.encode()).toRequest(20, 100));
  }

  @Test
  void limitsOutsideTheListsBoundsAreNamed() {
    for (String bad : List.of("0", "101", "-1", "abc", "1e2", "", "99999999999")) {
      Violations violations = new Violations();
      PageRequest fallback = new PageParameters(bad, null).toRequest(20, 100, violations);
      assertEquals(
          List.of(new Violation("limit", "must be a whole number from 1 to 100")),
          violations.list(),
          bad);
      assertEquals(20, fallback.limit());
    }
  }

  @Test
  void aCursorNotFromAListIsA400() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new PageParameters(null, "bm90IGEgY3Vyc29y").toRequest(20, 100));
    assertEquals("cursor", refused.violations().get(0).path());
    assertTrue(new PageParameters(null, null).toRequest(5, 10).cursor().isEmpty());
    assertEquals(Optional.of("abc"), new PageParameters(null, "abc").cursor());
  }
}
