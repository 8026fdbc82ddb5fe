package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createEventType;
import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real CAT tool in the round trip: OmegaT (Debian's {@code omegat}, console mode) translates an
 * exported XLIFF 1.2 file from a translation memory the test writes, and its output imports back
 * with bold, links and line breaks where the translator put them. Skipped where OmegaT is not
 * installed ({@code .ci/run} installs it).
 */
@ExtendWith(SharedServer.class)
class OmegaTRoundTripIT {

  private static final String LINK =
      "<a href=\"https://www.kompetansenorge.no/strategi\" title=\"Nasjonal strategi\">";

  private static final String PROJECT =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <omegat>
        <project version="1.0">
          <source_dir>__DEFAULT__</source_dir>
          <target_dir>__DEFAULT__</target_dir>
          <tm_dir>__DEFAULT__</tm_dir>
          <glossary_dir>__DEFAULT__</glossary_dir>
          <glossary_file>__DEFAULT__</glossary_file>
          <dictionary_dir>__DEFAULT__</dictionary_dir>
          <source_lang>nb</source_lang>
          <target_lang>se</target_lang>
          <source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok>
          <target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
          <sentence_seg>false</sentence_seg>
          <support_default_translations>true</support_default_translations>
          <remove_tags>false</remove_tags>
        </project>
      </omegat>
      """;

  /** The memory, in OmegaT's notation of the XLIFF codes: <g0>…</g0>, <x2/>, numbered in order. */
  private static final String[][] MEMORY = {
    {"Kompetansestrategien", "Gelbbolašvuođastrategiija"},
    {
      "Les <g0>hele</g0> strategien på <g1>nettsidene</g1>.<x2/>Ny linje her.",
      "<g1>Neahttasiidduin</g1> sáhtát lohkat <g0>olles</g0> strategiija.<x2/>Ođđa linnjá dás."
    },
    {"Første <g0>punkt</g0>", "Vuosttaš <g0>čuokkis</g0>"},
    {"Vi må jobbe sammen.", "Mii fertet bargat ovttas."}
  };

  private static Optional<Path> omegat() {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "omegat"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  @Test
  void omegatTranslatesAnExportFromAMemoryAndItsOutputImportsWithTheMarkupIntact(Api api)
      throws Exception {
    Optional<Path> omegat = omegat();
    Assumptions.assumeTrue(
        omegat.isPresent(),
        "OmegaT is not installed (Debian: apt-get install omegat; .ci/run installs it):"
            + " skipping the round trip through a real CAT tool");
    String type = createEventType(api);
    String body =
        "<p>Les <strong>hele</strong> strategien på "
            + LINK
            + "nettsidene</a>.<br>Ny linje her.</p><ul><li>Første <em>punkt</em></li></ul>";
    JsonObject fields =
        json(
            """
            {"title": "Kompetansestrategien", "body": %s,
             "content": [{"type": "quote", "id": "q1",
               "fields": {"text": "Vi må jobbe sammen.", "person": "Bjørn Haugstad"}}]}
            """
                .formatted(Json.createValue(body)));
    String id = createItem(api, type, "nb", fields).json().getString("id");
    Reply export = api.get("/api/v1/manage/translations/export?locale=se&version=1.2&type=" + type);
    assertEquals(200, export.status(), export.body());

    Path project = project(export.body());
    translate(omegat.get(), project);
    String translated =
        Files.readString(project.resolve("target/translations-se.xlf"), StandardCharsets.UTF_8);

    Reply imported = XliffInlineCodesIT.importXliff(api, translated);

    assertEquals(200, imported.status(), imported.body());
    JsonObject se =
        api.get("/api/v1/manage/items/" + id + "/variants/se").json().getJsonObject("fields");
    assertEquals("Gelbbolašvuođastrategiija", se.getString("title"));
    assertEquals(
        "<p>"
            + LINK
            + "Neahttasiidduin</a> sáhtát lohkat <strong>olles</strong> strategiija.<br>"
            + "Ođđa linnjá dás.</p><ul><li>Vuosttaš <em>čuokkis</em></li></ul>",
        se.getString("body"));
    JsonObject quote = se.getJsonArray("content").getJsonObject(0).getJsonObject("fields");
    assertEquals("Mii fertet bargat ovttas.", quote.getString("text"));
    assertEquals("Bjørn Haugstad", quote.getString("person"));
    assertTrue(
        imported.json().getJsonArray("items").getJsonObject(0).getJsonArray("units").stream()
            .map(JsonObject.class::cast)
            .filter(u -> !u.getString("id").equals("content.q1.person"))
            .allMatch(u -> u.getString("result").equals("applied")),
        imported.body());
  }

  /** An OmegaT project with the exported file as its source and the memory in tm/auto. */
  private static Path project(String xliff) throws IOException {
    Path project = CmsServer.workDir().resolve("omegat-" + UUID.randomUUID());
    for (String dir : new String[] {"source", "target", "tm/auto", "glossary", "dictionary"}) {
      Files.createDirectories(project.resolve(dir));
    }
    Files.createDirectories(project.resolve("omegat"));
    Files.writeString(project.resolve("omegat.project"), PROJECT, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("source/translations-se.xlf"), xliff, StandardCharsets.UTF_8);
    StringBuilder tmx =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"OmegaTRoundTripIT\" creationtoolversion=\"1\""
                + " segtype=\"paragraph\" o-tmf=\"test\" adminlang=\"en\" srclang=\"nb\""
                + " datatype=\"plaintext\"/>\n<body>\n");
    for (String[] pair : MEMORY) {
      tmx.append("<tu><tuv xml:lang=\"nb\"><seg>")
          .append(escape(pair[0]))
          .append("</seg></tuv><tuv xml:lang=\"se\"><seg>")
          .append(escape(pair[1]))
          .append("</seg></tuv></tu>\n");
    }
    tmx.append("</body>\n</tmx>\n");
    Files.writeString(project.resolve("tm/auto/seed.tmx"), tmx, StandardCharsets.UTF_8);
    return project;
  }

  /** Runs OmegaT's console translation on the project, bounded in time. */
  private static void translate(Path omegat, Path project) throws Exception {
    Path log = project.resolve("omegat.log");
    Process process =
        new ProcessBuilder(
                omegat.toString(),
                "--mode=console-translate",
                "--disable-project-locking",
                "--no-team",
                "--config-dir=" + project.resolve("config"),
                project.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("OmegaT did not finish within 180 s; see " + log);
    }
    assertEquals(0, process.exitValue(), "OmegaT failed: " + Files.readString(log));
    assertTrue(
        Files.exists(project.resolve("target/translations-se.xlf")),
        "OmegaT wrote no translated file: " + Files.readString(log));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
