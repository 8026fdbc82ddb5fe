package no.ordna.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void nothingCollectedThrowsNothing() {
    Violations violations = new Violations();

    violations.throwIfAny("Invalid content");

    assertTrue(violations.isEmpty());
  }

  @Test
  void oneViolationIsNamedInTheDetail() {
    Violations violations = new Violations();
    violations.add("fields.title", "is required");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> violations.throwIfAny("Invalid content"));

    assertEquals("Invalid content: fields.title is required", e.getMessage());
    assertEquals(List.of(new Violation("fields.title", "is required")), e.violations());
  }

  @Test
  void severalViolationsAreCountedInTheDetailAndAllListed() {
    Violations violations = new Violations();
    violations.add("fields.title", "is required");
    violations.add("fields.slug", "must be lower-case letters a-z, digits and single hyphens");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> violations.throwIfAny("Invalid content"));

    assertEquals("Invalid content: 2 problems, see errors", e.getMessage());
    assertEquals(violations.list(), e.violations());
  }
}
