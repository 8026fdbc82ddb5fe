package no.ordna.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrictObjectTest {

  private final Violations violations = new Violations();

  private StrictObject object(String json, String path) {
    return new StrictObject(JsonDocuments.parseObject(json), path, violations);
  }

  @Test
  void unknownMembersAreReportedWithTheirPath() {
    object("{\"a\": 1, \"b\": 2, \"c\": 3}", "fields[1]").allowOnly(Set.of("a"));

    assertEquals(
        List.of(
            new Violation("fields[1].b", "unknown property"),
            new Violation("fields[1].c", "unknown property")),
        violations.list());
  }

  @Test
  void topLevelPathIsTheMemberName() {
    assertEquals("key", object("{}", "").pathOf("key"));
    assertEquals("fields[0].key", object("{}", "fields[0]").pathOf("key"));
  }

  @Test
  void stringIsReturnedInNfc() {
    assertEquals(Optional.of("Sámi"), object("{\"a\": \"Sa\\u0301mi\"}", "").string("a", true));
    assertEquals(List.of(), violations.list());
  }

  @Test
  void stringOfAnotherTypeIsReported() {
    assertEquals(Optional.empty(), object("{\"a\": [1]}", "").string("a", false));
    assertEquals(List.of(new Violation("a", "must be a string, not an array")), violations.list());
  }

  @Test
  void requiredStringMissingNullOrBlankIsReported() {
    StrictObject object = object("{\"b\": null, \"c\": \"  \"}", "x");

    assertEquals(Optional.empty(), object.string("a", true));
    assertEquals(Optional.empty(), object.string("b", true));
    assertEquals(Optional.empty(), object.string("c", true));
    assertEquals(
        List.of(
            new Violation("x.a", "is required"),
            new Violation("x.b", "is required"),
            new Violation("x.c", "must not be blank")),
        violations.list());
  }

  @Test
  void optionalStringMissingIsEmptyWithoutViolation() {
    assertEquals(Optional.empty(), object("{}", "").string("a", false));
    assertEquals(List.of(), violations.list());
  }

  @Test
  void boolFallsBackWhenMissingAndReportsOtherTypes() {
    StrictObject object = object("{\"t\": true, \"n\": null, \"s\": \"true\"}", "");

    assertTrue(object.bool("t", false));
    assertTrue(object.bool("n", true));
    assertFalse(object.bool("missing", false));
    assertTrue(object.bool("s", true));
    assertEquals(
        List.of(new Violation("s", "must be true or false, not a string")), violations.list());
  }

  @Test
  void objectAndArrayOfTheWrongTypeAreReported() {
    StrictObject object = object("{\"o\": [], \"a\": {}}", "");

    assertEquals(Optional.empty(), object.object("o", true));
    assertEquals(Optional.empty(), object.array("a", true));
    assertEquals(Optional.empty(), object.array("missing", true));
    assertEquals(
        List.of(
            new Violation("o", "must be an object, not an array"),
            new Violation("a", "must be an array, not an object"),
            new Violation("missing", "is required")),
        violations.list());
  }

  @Test
  void localizedTextIsTrimmedAndNormalised() {
    assertEquals(
        Map.of("nb", "Artikkel", "se", "Ođas"),
        object("{\"name\": {\"nb\": \" Artikkel \", \"se\": \"Ođas\"}}", "")
            .localizedText("name", true));
    assertEquals(List.of(), violations.list());
  }

  @Test
  void localizedTextWithBlankOrNonStringValuesIsReported() {
    object("{\"name\": {\"nb\": \"\", \"se\": 3}}", "").localizedText("name", false);

    assertEquals(
        List.of(
            new Violation("name.nb", "must be a non-blank string"),
            new Violation("name.se", "must be a non-blank string")),
        violations.list());
  }

  @Test
  void hasIsFalseForMissingAndNullMembers() {
    StrictObject object = object("{\"a\": 1, \"b\": null}", "");

    assertTrue(object.has("a"));
    assertFalse(object.has("b"));
    assertFalse(object.has("c"));
  }
}
