package no.ordna.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

  @Test
  void absentIsRefusedWith428() {
    PreconditionRequiredException refused =
        assertThrows(
            PreconditionRequiredException.class,
            () -> ExpectedVersion.absent().require("item", "\"i1\""));
    assertEquals("if-match-required", refused.problemType());
  }

  @Test
  void starMatchesAnyCurrentVersion() {
    ExpectedVersion.any().require("item", "\"i7\"");
    assertTrue(ExpectedVersion.any().matches("\"whatever\""));
  }

  @Test
  void aListedTagMatchesAnyOfTheCurrentTags() {
    ExpectedVersion expected = ExpectedVersion.anyOf("\"i1\"", "\"v2.1\"");
    expected.require("item", "\"i9\"", "\"v2.1\"");
    expected.require("item", "\"i1\"");
    assertFalse(expected.matches("\"i2\"", "\"v2.2\""));
  }

  @Test
  void aStaleTagIsRefusedWith412NamingTheCurrentOne() {
    PreconditionFailedException refused =
        assertThrows(
            PreconditionFailedException.class,
            () -> ExpectedVersion.anyOf("\"t1\"").require("type", "\"t2\""));
    assertEquals("stale-etag", refused.problemType());
    assertEquals("\"t2\"", refused.extensions().get("currentEtag"));
  }

  @Test
  void anEmptyListMatchesNothing() {
    ExpectedVersion onlyWeakWereSent = ExpectedVersion.anyOf(List.of());
    assertFalse(onlyWeakWereSent.isAbsent());
    assertThrows(
        PreconditionFailedException.class, () -> onlyWeakWereSent.require("item", "\"i1\""));
  }

  @Test
  void substringsAndUnquotedTagsDoNotMatch() {
    assertFalse(ExpectedVersion.anyOf("\"i12\"").matches("\"i1\""));
    assertThrows(IllegalArgumentException.class, () -> ExpectedVersion.anyOf("i1"));
    assertThrows(IllegalArgumentException.class, () -> ExpectedVersion.anyOf("W/\"i1\""));
  }
}
