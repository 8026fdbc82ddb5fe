package no.ordna.cms.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void anExtensionCannotReplaceTheStatusOrAnotherStandardMember() {
    for (String member : Problem.STANDARD_MEMBERS) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new Problem(
                  409, "conflict", "Conflict", "x", List.of(), Map.of(member, "draft"), Map.of()),
          member);
    }
  }

  @Test
  void extensionsAreWrittenBesideTheStandardMembers() {
    Problem problem =
        new Problem(
            409,
            "illegal-transition",
            "Conflict",
            "Cannot publish",
            List.of(),
            Map.of("variantStatus", "draft", "allowed", List.of("submit")),
            Map.of());
    JsonObject body = Json.createReader(new StringReader(Problems.body(problem))).readObject();
    assertEquals(409, body.getInt("status"));
    assertEquals("draft", body.getString("variantStatus"));
    assertEquals("submit", body.getJsonArray("allowed").getString(0));
  }
}
