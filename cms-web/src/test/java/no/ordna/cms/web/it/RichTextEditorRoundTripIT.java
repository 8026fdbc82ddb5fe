package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial app's rich-text editor writes exactly the HTML the server keeps: every structure of
 * {@code richtext/structures.json} (the HTML the editor's schema produces for each element the
 * sanitiser allows, checked to be a fixed point of the editor in {@code ItemEditorBrowserIT}) is
 * stored and read back unchanged, in a rich-text field and in a block's rich-text field.
 */
@ExtendWith(SharedServer.class)
class RichTextEditorRoundTripIT {

  /** The structures: [{name, html}]. */
  static JsonArray structures() {
    try (InputStream in =
            RichTextEditorRoundTripIT.class.getResourceAsStream("/richtext/structures.json");
        JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.readArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyStructureTheEditorWritesComesBackByteForByte(Api api) {
    String type = Fixtures.createEventType(api);
    Reply created =
        Fixtures.createItem(
            api, type, "nb", Json.createObjectBuilder().add("title", "Rik tekst").build());
    String id = created.json().getString("id");
    String etag = created.json().getJsonObject("variants").getJsonObject("nb").getString("etag");

    List<String> changed = new ArrayList<>();
    for (JsonObject structure : structures().getValuesAs(JsonObject.class)) {
      String html = structure.getString("html");
      JsonObject fields =
          Json.createObjectBuilder()
              .add("title", "Rik tekst")
              .add("body", html)
              .add(
                  "content",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("type", "paragraph")
                              .add("id", "avsnitt")
                              .add("fields", Json.createObjectBuilder().add("text", html))))
              .build();
      Reply saved =
          api.put(
              "/api/v1/manage/items/" + id + "/variants/nb",
              Fixtures.fields(fields),
              "If-Match",
              etag);
      assertEquals(200, saved.status(), structure.getString("name") + ": " + saved);
      etag = saved.json().getJsonObject("variants").getJsonObject("nb").getString("etag");

      JsonObject stored =
          api.get("/api/v1/manage/items/" + id + "/variants/nb").json().getJsonObject("fields");
      String body = stored.getString("body");
      String block =
          stored.getJsonArray("content").getJsonObject(0).getJsonObject("fields").getString("text");
      if (!html.equals(body) || !html.equals(block)) {
        changed.add(structure.getString("name") + ":\n  sent " + html + "\n  kept " + body);
      }
    }
    assertEquals(List.of(), changed, "structures the server changed");
  }
}
