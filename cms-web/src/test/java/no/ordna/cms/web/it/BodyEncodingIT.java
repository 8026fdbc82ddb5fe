package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A body that is not valid UTF-8 is a 400 everywhere, and nothing is stored. */
@ExtendWith(SharedServer.class)
class BodyEncodingIT {

  /** {"title": "Sámi <bad bytes>"} with an ISO-8859-1 á and a lone continuation byte. */
  private static byte[] badJson(String before) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {'S', (byte) 0xE1, 'm', 'i', ' ', (byte) 0x80});
    out.writeBytes("\"}}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void assertRefused(BinaryReply reply) {
    Reply answer = reply.asReply();
    assertEquals(400, answer.status(), answer.body());
    assertEquals("application/problem+json", answer.header("Content-Type"));
    assertEquals("urn:ordna:problem:body-not-utf8", answer.json().getString("type"));
  }

  @Test
  void aVariantSaveWithBytesThatAreNotUtf8IsRefusedAndChangesNothing(Api api) {
    String type = createEventType(api);
    Reply created = createItem(api, type, "nb", json("{\"title\": \"Før\"}"));
    String id = created.json().getString("id");

    assertRefused(
        api.sendBytes(
            "PUT",
            "/api/v1/manage/items/" + id + "/variants/nb",
            badJson("{\"fields\": {\"title\": \""),
            "Content-Type",
            "application/json",
            "If-Match",
            created.etag()));

    assertEquals(
        "Før",
        api.get("/api/v1/manage/items/" + id)
            .json()
            .getJsonObject("variants")
            .getJsonObject("nb")
            .getJsonObject("fields")
            .getString("title"));
  }

  @Test
  void anAssetUpdateAndASignInWithBadBytesAreRefusedToo(Api api) {
    String assetId =
        api.get("/api/v1/manage/assets?limit=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String etag = api.get("/api/v1/manage/assets/" + assetId).etag();
    BinaryReply update =
        api.sendBytes(
            "PUT",
            "/api/v1/manage/assets/" + assetId,
            badJson("{\"texts\": {\"nb\": {\"alt\": \""),
            "Content-Type",
            "application/json",
            "If-Match",
            etag);
    assertRefused(update);
    assertFalse(api.get("/api/v1/manage/assets/" + assetId).body().contains("\uFFFD"));

    assertRefused(
        api.anonymous()
            .sendBytes(
                "POST",
                "/api/v1/auth/token",
                badJson("{\"username\": \"admin\", \"password\": \""),
                "Content-Type",
                "application/json"));
  }
}
