package no.ordna.cms.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import no.ordna.cms.api.WireJson;
import org.junit.jupiter.api.Test;

class AuditListTest {

  @Test
  void membersWithoutAValueAreLeftOutAndTheLastPageSaysNextNull() {
    var bare =
        new AuditEntryView(
            "e1",
            "2026-11-29T10:00:00Z",
            "anna",
            "auth.login",
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    var full =
        new AuditEntryView(
            "e2",
            "2026-11-29T10:00:00Z",
            "anna",
            "workflow.publish",
            "127.0.0.1",
            "i1",
            "article",
            "nb",
            3,
            "go",
            Json.createObjectBuilder().add("from", "approved").build());
    assertEquals(
        "{\"items\":[{\"id\":\"e1\",\"at\":\"2026-11-29T10:00:00Z\",\"user\":\"anna\","
            + "\"action\":\"auth.login\"},{\"id\":\"e2\",\"at\":\"2026-11-29T10:00:00Z\","
            + "\"user\":\"anna\",\"action\":\"workflow.publish\",\"from\":\"127.0.0.1\","
            + "\"itemId\":\"i1\",\"type\":\"article\",\"locale\":\"nb\",\"revision\":3,"
            + "\"comment\":\"go\",\"detail\":{\"from\":\"approved\"}}],\"next\":null}",
        WireJson.write(new AuditList(List.of(bare, full), null)));
    assertEquals("{\"items\":[],\"next\":\"c\"}", WireJson.write(new AuditList(List.of(), "c")));
  }
}
