package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Any Unicode text round-trips exactly through the API and MariaDB, in NFC. */
@ExtendWith(SharedServer.class)
class TextRoundTripIT {

  private static final String SAMI =
      "Sámi giella: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž · åarjelsaemien ï Ï · æ ø å Æ Ø Å · 😀🦌 · «sitat» – 2017–2021";

  @Test
  void samiNorwegianAndEmojiTextComesBackByteForByte(Api api) {
    String type = createEventType(api);
    Reply created =
        createItem(
            api,
            type,
            "sma",
            Json.createObjectBuilder()
                .add("title", "Åarjel " + SAMI.substring(0, 60))
                .add("body", "<p>" + SAMI + "</p>")
                .add("venue", SAMI)
                .build());
    String id = created.json().getString("id");

    var read = api.get("/api/v1/manage/items/" + id).json();

    assertEquals(SAMI, read.getJsonObject("shared").getString("venue"));
    assertEquals(
        "<p>" + SAMI + "</p>",
        read.getJsonObject("variants")
            .getJsonObject("sma")
            .getJsonObject("fields")
            .getString("body"));
  }

  @Test
  void decomposedInputIsStoredInNfc(Api api) {
    String type = createEventType(api);
    String decomposed = Normalizer.normalize("Sámi čáppa ŋ ï Ørnen", Normalizer.Form.NFD);
    assertTrue(decomposed.length() > "Sámi čáppa ŋ ï Ørnen".length());

    Reply created =
        createItem(api, type, "se", Json.createObjectBuilder().add("title", decomposed).build());

    assertEquals(
        "Sámi čáppa ŋ ï Ørnen",
        created.json().getJsonObject("variants").getJsonObject("se").getString("title"));
  }

  @Test
  void theDatabaseStoresTheTextUnchangedInUtf8mb4(Api api, SharedServer.Info info)
      throws Exception {
    String type = createEventType(api);
    String id =
        createItem(
                api,
                type,
                "se",
                Json.createObjectBuilder().add("title", "Gábbá").add("venue", SAMI).build())
            .json()
            .getString("id");

    try (Connection connection = TestDatabase.get().connect(info.jdbcUrl());
        PreparedStatement query =
            connection.prepareStatement("select shared_fields from content_item where id = ?")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        assertTrue(row.getString(1).contains(SAMI), row.getString(1));
      }
    }
    try (Connection connection = TestDatabase.get().connect(info.jdbcUrl());
        ResultSet columns =
            connection
                .createStatement()
                .executeQuery(
                    "select table_name, column_name, character_set_name, collation_name from information_schema.columns"
                        + " where table_schema = database() and character_set_name is not null"
                        + " and table_name <> 'flyway_schema_history'")) {
      int checked = 0;
      while (columns.next()) {
        assertEquals(
            "utf8mb4", columns.getString(3), columns.getString(1) + "." + columns.getString(2));
        assertEquals(
            "utf8mb4_bin", columns.getString(4), columns.getString(1) + "." + columns.getString(2));
        checked++;
      }
      assertTrue(checked > 20);
    }
  }
}
