package no.ordna.cms.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import no.ordna.cms.identity.application.UserDetails;
import org.junit.jupiter.api.Test;

/** A user goes over the wire with the members, order and explicit null it always had. */
class UserViewTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Test
  void aUserWithoutAChosenLanguageShowsItAsNull() {
    UserDetails user =
        new UserDetails(
            "u1",
            "kari",
            List.of("editor", "translator"),
            List.of("se"),
            List.of(),
            false,
            null,
            Instant.parse("2026-01-02T03:04:05Z"),
            Instant.parse("2026-01-02T03:04:06.500Z"),
            "\"u2-u1\"");

    assertEquals(
        "{\"id\":\"u1\",\"username\":\"kari\",\"roles\":[\"editor\",\"translator\"],"
            + "\"locales\":[\"se\"],\"contentTypes\":[],\"disabled\":false,"
            + "\"preferences\":{\"uiLanguage\":null},\"createdAt\":\"2026-01-02T03:04:05Z\","
            + "\"updatedAt\":\"2026-01-02T03:04:06.500Z\",\"etag\":\"\\\"u2-u1\\\"\"}",
        jsonb.toJson(UserView.of(user)));
  }

  @Test
  void anIssuedMachineTokenEndsWithItsSecret() {
    var token =
        new no.ordna.cms.identity.application.TokenDetails(
            "t1",
            "machine",
            "nettside",
            List.of("delivery:preview", "manage:read"),
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"));

    assertEquals(
        "{\"id\":\"t1\",\"kind\":\"machine\",\"name\":\"nettside\","
            + "\"scopes\":[\"delivery:preview\",\"manage:read\"],"
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"expiresAt\":\"2026-04-01T00:00:00Z\","
            + "\"token\":\"hemmelig\"}",
        jsonb.toJson(
            IssuedMachineTokenView.of(
                new no.ordna.cms.identity.application.IssuedMachineToken(token, "hemmelig"))));
  }
}
