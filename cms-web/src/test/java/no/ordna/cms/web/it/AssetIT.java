package no.ordna.cms.web.it;

import static no.ordna.cms.web.it.support.Fixtures.createItem;
import static no.ordna.cms.web.it.support.Fixtures.json;
import static no.ordna.cms.web.it.support.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.BinaryReply;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Fixtures;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import no.ordna.cms.web.it.support.TestAssets;
import no.ordna.cms.web.it.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assets through the real HTTP API: uploads (raw and multipart) and serving round trips, types from
 * the bytes, limits, ranges, renditions, pixel bombs, who may fetch what, assets in delivery
 * answers, the alt-text rule, and deletion while in use.
 */
@ExtendWith(SharedServer.class)
class AssetIT {

  private static String path(JsonObject asset) {
    return asset.getString("url");
  }

  @Test
  void aPdfUploadedRawIsServedBackByteForByteWithItsFacts(Api api) {
    byte[] pdf = TestAssets.pdf("Nasjonal kompetansepolitisk strategi", 3);
    Reply created =
        TestAssets.upload(
            api, pdf, "application/pdf", "fileName=Strategi%202017.pdf&locale=nb&title=Strategien");
    assertEquals(201, created.status(), created.toString());
    JsonObject asset = created.json();
    assertEquals("application/pdf", asset.getString("mediaType"));
    assertEquals(3, asset.getInt("pageCount"));
    assertEquals("Nasjonal kompetansepolitisk strategi", asset.getString("pdfTitle"));
    assertEquals(pdf.length, asset.getInt("size"));
    assertEquals("Strategi-2017.pdf", asset.getString("fileName"));
    assertEquals("Strategien", asset.getJsonObject("texts").getJsonObject("nb").getString("title"));
    assertNotNull(created.header("Location"));

    BinaryReply served = api.getBytes(path(asset));

    assertEquals(200, served.status());
    assertArrayEquals(pdf, served.body());
    assertEquals("application/pdf", served.header("Content-Type"));
    assertEquals(Integer.toString(pdf.length), served.header("Content-Length"));
    assertTrue(served.header("Content-Disposition").startsWith("inline"));
    assertEquals("private, no-store", served.header("Cache-Control"));
    String etag = served.header("ETag");
    assertEquals(304, api.getBytes(path(asset), "If-None-Match", etag).status());
  }

  @Test
  void rangesOfALargePdfAreServedAsPartialContent(Api api) {
    byte[] pdf = TestAssets.pdf("Mange sider", 400);
    JsonObject asset = TestAssets.upload(api, pdf, "application/pdf", null).json();

    BinaryReply first = api.getBytes(path(asset), "Range", "bytes=0-99");
    assertEquals(206, first.status());
    assertEquals("bytes 0-99/" + pdf.length, first.header("Content-Range"));
    assertArrayEquals(Arrays.copyOf(pdf, 100), first.body());

    BinaryReply tail = api.getBytes(path(asset), "Range", "bytes=-50");
    assertEquals(206, tail.status());
    assertArrayEquals(Arrays.copyOfRange(pdf, pdf.length - 50, pdf.length), tail.body());

    BinaryReply middle = api.getBytes(path(asset), "Range", "bytes=1000-");
    assertArrayEquals(Arrays.copyOfRange(pdf, 1000, pdf.length), middle.body());
    assertEquals("bytes", middle.header("Accept-Ranges"));

    assertEquals(416, api.getBytes(path(asset), "Range", "bytes=99999999-").status());
  }

  @Test
  void aMultipartImageUploadCarriesItsTextsAndPixelSize(Api api) throws IOException {
    byte[] png = TestAssets.image("png", 640, 480);
    byte[] body =
        TestAssets.multipart(
            "xYz123",
            Map.of("locale", "nb", "alt", "Hvite ikoner i røde bokser", "focalPoint", "0.25,0.5"),
            "hjul.png",
            "image/png",
            png);

    Reply created =
        api.sendBytes(
                "POST",
                "/api/v1/manage/assets",
                body,
                "Content-Type",
                "multipart/form-data; boundary=xYz123")
            .asReply();

    assertEquals(201, created.status(), created.toString());
    JsonObject asset = created.json();
    assertEquals("image/png", asset.getString("mediaType"));
    assertEquals(640, asset.getInt("width"));
    assertEquals(480, asset.getInt("height"));
    assertEquals("hjul.png", asset.getString("fileName"));
    assertEquals(
        "Hvite ikoner i røde bokser",
        asset.getJsonObject("texts").getJsonObject("nb").getString("alt"));
    assertEquals(0.25, asset.getJsonObject("focalPoint").getJsonNumber("x").doubleValue());
    assertArrayEquals(png, api.getBytes(path(asset)).body());
  }

  @Test
  void aCallerWhoMayNotUploadIsRefusedBeforeTheBodyIsRead(Api api) {
    Api viewer = Users.create(api, "viewer");
    // a body the reader would refuse as malformed: the answer must be about the right, not the body
    byte[] broken = "--xYz123\r\nContent-Disposition: form-data; name=\"file\"\r\n".getBytes();

    Reply refused =
        viewer
            .sendBytes(
                "POST",
                "/api/v1/manage/assets",
                broken,
                "Content-Type",
                "multipart/form-data; boundary=xYz123")
            .asReply();

    assertEquals(403, refused.status(), refused.toString());
  }

  @Test
  void bytesOutsideTheFilePartAreBoundedWith413(Api api) {
    byte[] png = TestAssets.image("png", 64, 48);
    byte[] upload = TestAssets.multipart("xYz123", Map.of(), "small.png", "image/png", png);
    String manyHeaders = "X-Filler: padding\r\n".repeat(1000);
    byte[] endlessHeaders =
        new String(upload, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replaceFirst(
                "Content-Type: image/png\r\n", "Content-Type: image/png\r\n" + manyHeaders)
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] longPreamble = new byte[300 * 1024 + upload.length];
    java.util.Arrays.fill(longPreamble, 0, 300 * 1024, (byte) 'p');
    longPreamble[300 * 1024 - 2] = '\r';
    longPreamble[300 * 1024 - 1] = '\n';
    System.arraycopy(upload, 0, longPreamble, 300 * 1024, upload.length);
    int before = api.get("/api/v1/manage/assets?q=small.png").json().getJsonArray("items").size();

    for (byte[] body : new byte[][] {endlessHeaders, longPreamble}) {
      Reply refused =
          api.sendBytes(
                  "POST",
                  "/api/v1/manage/assets",
                  body,
                  "Content-Type",
                  "multipart/form-data; boundary=xYz123")
              .asReply();
      assertEquals(413, refused.status(), refused.toString());
      assertEquals("application/problem+json", refused.header("Content-Type"));
    }
    assertEquals(
        before, api.get("/api/v1/manage/assets?q=small.png").json().getJsonArray("items").size());
    // the same file without the padding is accepted
    assertEquals(
        201,
        api.sendBytes(
                "POST",
                "/api/v1/manage/assets",
                upload,
                "Content-Type",
                "multipart/form-data; boundary=xYz123")
            .status());
  }

  @Test
  void aPhotoIsTurnedUprightAndLosesItsCameraAndLocationMetadataAtUpload(Api api) throws Exception {
    byte[] photo = TestAssets.withExif(TestAssets.image("jpg", 64, 32), 6);

    Reply created =
        api.sendBytes("POST", "/api/v1/manage/assets", photo, "Content-Type", "image/jpeg")
            .asReply();

    assertEquals(201, created.status(), created.toString());
    JsonObject asset = created.json();
    assertEquals(32, asset.getInt("width"), "the width a viewer sees");
    assertEquals(64, asset.getInt("height"));
    byte[] stored = api.getBytes(path(asset)).body();
    String raw = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(raw.contains("Kamera"), "no camera name");
    assertFalse(raw.contains("hytta"), "no comment naming a place");
    assertFalse(raw.contains("Exif"), "no EXIF at all");
    java.awt.image.BufferedImage upright =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
    assertEquals(32, upright.getWidth());
    assertEquals(64, upright.getHeight());
  }

  @Test
  void identicalBytesAreStoredOnce(Api api) throws Exception {
    byte[] png = TestAssets.image("png", 50, 50);
    JsonObject one = TestAssets.upload(api, png, "image/png", null).json();
    JsonObject two = TestAssets.upload(api, png, "image/png", null).json();

    assertFalse(one.getString("id").equals(two.getString("id")));
    assertEquals(one.getString("contentHash"), two.getString("contentHash"));
    assertEquals(1, storedCopies(sha256(png)));
  }

  @Test
  void aFileDisguisedByItsNameAndContentTypeIsRefused(Api api) {
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes();

    Reply refused = TestAssets.upload(api, html, "application/pdf", "fileName=rapport.pdf");

    assertEquals(415, refused.status(), refused.toString());
    assertEquals("urn:ordna:problem:unsupported-file-type", refused.json().getString("type"));
    assertEquals("text/html", refused.json().getString("detectedType"));
    byte[] mp4 = new byte[64];
    System.arraycopy("\0\0\0\u0018ftypmp42".getBytes(), 0, mp4, 0, 12);
    assertEquals(415, TestAssets.upload(api, mp4, "video/mp4", "fileName=film.png").status());
  }

  @Test
  void anOversizedUploadIsRefusedWithoutFillingTheDisk(Api api) throws Exception {
    byte[] big = new byte[(int) SharedServer.ASSET_MAX_BYTES + 200_000];
    new java.util.Random(3).nextBytes(big);
    System.arraycopy(TestAssets.pdf("stor", 1), 0, big, 0, 8);

    Reply declared = TestAssets.upload(api, big, "application/pdf", null);
    assertEquals(413, declared.status(), declared.toString());

    BinaryReply streamed =
        api.sendBinary(
            "POST",
            "/api/v1/manage/assets",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)),
            "Content-Type",
            "application/pdf");
    assertEquals(413, streamed.status(), streamed.asReply().toString());
    assertEquals("urn:ordna:problem:body-too-large", streamed.asReply().json().getString("type"));

    assertEquals(0, storedCopies(sha256(big)));
    assertEquals(List.of(), stagingFiles());
  }

  @Test
  void theLimitsSayWhatAnUploadMayBeBeforeItIsSent(Api api) {
    Api viewer = Users.create(api, "viewer");

    Reply limits = viewer.get("/api/v1/manage/assets/limits");

    assertEquals(200, limits.status(), limits.toString());
    JsonObject json = limits.json();
    assertEquals(SharedServer.ASSET_MAX_BYTES, json.getJsonNumber("maxBytes").longValue());
    assertEquals(
        List.of("application/pdf", "image/jpeg", "image/png", "image/webp", "image/svg+xml"),
        json.getJsonArray("acceptedTypes").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals(40_000_000L, json.getJsonNumber("maxPixels").longValue());
    assertTrue(json.getJsonArray("renditionWidths").toString().contains("320"), json.toString());
    assertTrue(json.getJsonArray("renditionRatios").toString().contains("\"16:9\""));
    assertEquals(401, api.anonymous().get("/api/v1/manage/assets/limits").status());
  }

  @Test
  void aDecompressionBombIsRefusedAtUpload(Api api) {
    Reply refused =
        TestAssets.upload(api, TestAssets.pngBomb(50_000, 50_000), "image/png", "fileName=a.png");

    assertEquals(400, refused.status(), refused.toString());
    assertEquals("urn:ordna:problem:image-too-many-pixels", refused.json().getString("type"));
  }

  /**
   * An asset whose bytes are gone from the store (a restore that brought back the database but not
   * every file) answers 503 {@code asset-file-missing}, for the file and for a rendition not made
   * yet, and the operator finds one warning naming the asset in the log; not a 500.
   */
  @Test
  void anAssetWhoseFileIsGoneAnswers503AndTheLogNamesIt(Api api, CmsServer server)
      throws IOException, InterruptedException {
    JsonObject pdf =
        TestAssets.upload(
                api,
                TestAssets.pdf("Tapt fil " + System.nanoTime(), 1),
                "application/pdf",
                "fileName=tapt.pdf")
            .json();
    JsonObject image =
        TestAssets.upload(
                api,
                TestAssets.image("png", 640 + (int) (System.nanoTime() % 300), 480),
                "image/png",
                null)
            .json();
    deleteOriginal(pdf);
    deleteOriginal(image);

    for (String path : List.of(path(pdf), path(image) + "&w=320", path(image))) {
      BinaryReply served = api.getBytes(path);
      assertEquals(503, served.status(), path + ": " + served);
      assertTrue(served.header("Content-Type").startsWith("application/problem+json"), path);
      String body = new String(served.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(body.contains("asset-file-missing"), body);
      assertEquals(
          503, api.sendBytes("HEAD", path, null).status(), path + ": HEAD answers the same");
    }
    // one warning for each answer: the PDF was asked twice (GET, HEAD), the image four times
    Map<JsonObject, Integer> answers = Map.of(pdf, 2, image, 4);
    for (JsonObject asset : List.of(pdf, image)) {
      List<String> warnings = warningsAbout(server, asset.getString("id"), answers.get(asset));
      assertEquals(answers.get(asset), warnings.size(), warnings.toString());
      assertTrue(
          warnings.stream()
              .allMatch(
                  line ->
                      line.contains(asset.getString("fileName"))
                          && line.contains("is missing from the asset store")),
          warnings.toString());
    }
    assertFalse(server.logText().contains("NoSuchFileException"), "no stack trace in the log");
  }

  /**
   * The server log's warnings that name {@code id}, once there are {@code expected} of them (the
   * log is written by a thread of its own) or after 20 s.
   */
  private static List<String> warningsAbout(CmsServer server, String id, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (true) {
      List<String> warnings =
          server
              .logText()
              .lines()
              .filter(line -> line.contains("WARNING") && line.contains(id))
              .toList();
      if (warnings.size() >= expected || System.nanoTime() > deadline) {
        return warnings;
      }
      Thread.sleep(100);
    }
  }

  /** Removes an asset's original bytes from the store, as a partial restore would leave it. */
  private static void deleteOriginal(JsonObject asset) throws IOException {
    String hash = asset.getString("contentHash");
    try (Stream<Path> files = Files.walk(SharedServer.assetStore())) {
      List<Path> originals =
          files
              .filter(p -> p.getFileName().toString().equals(hash))
              .filter(p -> !p.toString().contains("renditions"))
              .toList();
      assertEquals(1, originals.size(), "the original of " + hash + ": " + originals);
      Files.delete(originals.get(0));
    }
  }

  @Test
  void renditionsAreResizedCroppedAroundTheFocalPointAndMadeOnce(Api api) throws IOException {
    JsonObject asset =
        TestAssets.upload(
                api, TestAssets.image("png", 1600, 800), "image/png", "focalPoint=0.1,0.5")
            .json();

    BinaryReply scaled = api.getBytes(path(asset) + "&w=320");
    assertEquals(200, scaled.status(), scaled.toString());
    assertEquals("image/png", scaled.header("Content-Type"));
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(scaled.body()));
    assertEquals(320, small.getWidth());
    assertEquals(160, small.getHeight());

    BinaryReply cropped = api.getBytes(path(asset) + "&w=480&fm=jpeg&crop=1:1");
    assertEquals("image/jpeg", cropped.header("Content-Type"));
    BufferedImage square = ImageIO.read(new ByteArrayInputStream(cropped.body()));
    assertEquals(480, square.getWidth());
    assertEquals(480, square.getHeight());
    int rgb = square.getRGB(470, 240);
    assertTrue(((rgb >> 16) & 0xff) > 180, "the crop follows the focal point to the red left half");

    BinaryReply again = api.getBytes(path(asset) + "&w=480&fm=jpeg&crop=1:1");
    assertEquals(cropped.header("ETag"), again.header("ETag"));
    assertArrayEquals(cropped.body(), again.body());
    Path renditions =
        SharedServer.assetStore().resolve("renditions").resolve(asset.getString("contentHash"));
    assertTrue(Files.isDirectory(renditions));

    assertEquals(400, api.getBytes(path(asset) + "&w=333").status());
    assertEquals(400, api.getBytes(path(asset) + "&w=320&crop=7:5").status());
    assertEquals(400, api.getBytes(path(asset) + "&w=320&fm=gif").status());
  }

  @Test
  void onlyAssetsThatPublishedContentUsesArePublicAndDeliveryDescribesThem(Api api) {
    String type = imageType(api);
    String imageId = TestAssets.uploadImage(api, "Et rødt og blått bilde");
    JsonObject image = api.get("/api/v1/manage/assets/" + imageId).json();
    String url = path(image);
    assertEquals(404, api.anonymous().getBytes(url).status());

    String item =
        createItem(
                api, type, "nb", json("{\"title\": \"Med bilde\", \"image\": \"" + imageId + "\"}"))
            .json()
            .getString("id");
    assertEquals(404, api.anonymous().getBytes(url).status(), "a draft does not make it public");
    transition(api, item, "nb", "publish");

    BinaryReply open = api.anonymous().getBytes(url);
    assertEquals(200, open.status());
    assertTrue(open.header("Cache-Control").contains("immutable"), open.header("Cache-Control"));
    String unversioned = url.substring(0, url.indexOf('?'));
    assertFalse(
        api.anonymous().getBytes(unversioned).header("Cache-Control").contains("immutable"));

    JsonObject delivered =
        api.anonymous().get("/api/v1/content/" + type + "/" + item + "?locale=nb").json();
    assertEquals(imageId, delivered.getJsonObject("fields").getString("image"));
    JsonObject described = delivered.getJsonObject("assets").getJsonObject(imageId);
    assertEquals(url, described.getString("url"));
    assertEquals("image/png", described.getString("mediaType"));
    assertEquals(400, described.getInt("width"));
    assertEquals("Et rødt og blått bilde", described.getString("alt"));

    transition(api, item, "nb", "unpublish");
    assertEquals(404, api.anonymous().getBytes(url).status(), "unpublished: private again");
  }

  @Test
  void publishingALocaleNeedsAltTextsInThatLocaleAndTextChangesReachDelivery(Api api) {
    String type = imageType(api);
    String imageId = TestAssets.uploadImage(api, "Alternativ tekst");
    Reply created =
        createItem(
            api,
            type,
            "nb",
            json(
                "{\"title\": \"Alt\", \"content\": [{\"type\": \"image\", \"fields\": {\"asset\": \""
                    + imageId
                    + "\"}}]}"));
    String item = created.json().getString("id");
    api.put(
        "/api/v1/manage/items/" + item + "/variants/se",
        Fixtures.fields(
            json(
                "{\"title\": \"Govva\", \"content\": [{\"type\": \"image\", \"fields\":"
                    + " {\"asset\": \""
                    + imageId
                    + "\"}}]}")),
        "If-Match",
        api.get("/api/v1/manage/items/" + item).etag());
    transition(api, item, "nb", "publish");

    Reply refused = Fixtures.act(api, item, "se", json("{\"action\": \"publish\"}"));
    assertEquals(409, refused.status(), refused.toString());
    assertEquals("urn:ordna:problem:alt-text-missing", refused.json().getString("type"));
    JsonObject missing = refused.json().getJsonArray("images").getJsonObject(0);
    assertEquals(imageId, missing.getString("assetId"));
    assertEquals("fields.content[0].fields.asset", missing.getString("path"));

    Reply changed =
        api.put(
            "/api/v1/manage/assets/" + imageId,
            json("{\"texts\": {\"se\": {\"alt\": \"Ruoksat ja alit govva\"}}}"),
            "If-Match",
            api.get("/api/v1/manage/assets/" + imageId).etag());
    assertEquals(200, changed.status(), changed.toString());
    transition(api, item, "se", "publish");
    JsonObject se =
        api.anonymous().get("/api/v1/content/" + type + "/" + item + "?locale=se").json();
    assertEquals(
        "Ruoksat ja alit govva",
        se.getJsonObject("assets").getJsonObject(imageId).getString("alt"));

    String nbPath = "/api/v1/content/" + type + "/" + item + "?locale=nb";
    assertEquals("Alternativ tekst", altIn(api.anonymous().get(nbPath).json(), imageId));
    api.put(
        "/api/v1/manage/assets/" + imageId,
        json("{\"texts\": {\"nb\": {\"alt\": \"Ny alternativ tekst\"}}}"),
        "If-Match",
        api.get("/api/v1/manage/assets/" + imageId).etag());
    assertEquals("Ny alternativ tekst", altIn(api.anonymous().get(nbPath).json(), imageId));
    JsonObject en =
        api.anonymous().get("/api/v1/content/" + type + "/" + item + "?locale=en").json();
    assertEquals(
        "nb",
        en.getJsonObject("assets")
            .getJsonObject(imageId)
            .getJsonObject("textLocales")
            .getString("alt"));
  }

  @Test
  void aDocumentLinkBlockMayPointStraightAtAPdf(Api api) {
    String type = imageType(api);
    JsonObject pdf =
        TestAssets.upload(
                api, TestAssets.pdf("Rammeverk", 2), "application/pdf", "title=Rammeverket")
            .json();
    String id = pdf.getString("id");
    String item =
        createItem(
                api,
                type,
                "nb",
                json(
                    "{\"title\": \"Dokumenter\", \"content\": [{\"type\": \"document-link\","
                        + " \"fields\": {\"file\": \""
                        + id
                        + "\"}}]}"))
            .json()
            .getString("id");
    transition(api, item, "nb", "publish");

    JsonObject delivered =
        api.anonymous().get("/api/v1/content/" + type + "/" + item + "?locale=nb").json();
    JsonObject described = delivered.getJsonObject("assets").getJsonObject(id);
    assertEquals("application/pdf", described.getString("mediaType"));
    assertEquals(2, described.getInt("pageCount"));
    assertEquals("Rammeverket", described.getString("title"));
    assertEquals(200, api.anonymous().getBytes(described.getString("url")).status());
  }

  @Test
  void deletingAnAssetThatPublishedContentUsesIsRefusedUnlessForced(Api api) {
    String type = imageType(api);
    String imageId = TestAssets.uploadImage(api, "Slettes");
    String url = path(api.get("/api/v1/manage/assets/" + imageId).json());
    String item =
        createItem(api, type, "nb", json("{\"title\": \"Bruker\", \"image\": \"" + imageId + "\"}"))
            .json()
            .getString("id");
    transition(api, item, "nb", "publish");
    assertEquals(
        1,
        api.get("/api/v1/manage/assets/" + imageId + "/usage")
            .json()
            .getJsonArray("published")
            .size());

    String etag = api.get("/api/v1/manage/assets/" + imageId).etag();
    Reply refused = api.delete("/api/v1/manage/assets/" + imageId, "If-Match", etag);
    assertEquals(409, refused.status(), refused.toString());
    assertEquals(item, refused.json().getJsonArray("usedBy").getJsonObject(0).getString("itemId"));
    assertEquals(200, api.anonymous().getBytes(url).status());

    assertEquals(
        204,
        api.delete("/api/v1/manage/assets/" + imageId + "?force=true", "If-Match", etag).status());
    assertEquals(404, api.anonymous().getBytes(url).status());
    assertEquals(404, api.getBytes(url).status());
    assertEquals(404, api.get("/api/v1/manage/assets/" + imageId).status());
    JsonObject delivered =
        api.anonymous().get("/api/v1/content/" + type + "/" + item + "?locale=nb").json();
    assertFalse(delivered.getJsonObject("assets").containsKey(imageId));
  }

  @Test
  void previewTokensSeeOnlyUnpublishedAssetsOfTheirTypes(Api api) {
    String type = imageType(api);
    String imageId = TestAssets.uploadImage(api, "Forhåndsvisning");
    String url = path(api.get("/api/v1/manage/assets/" + imageId).json());
    createItem(api, type, "nb", json("{\"title\": \"Utkast\", \"image\": \"" + imageId + "\"}"));
    String mine =
        api.post("/api/v1/manage/preview-tokens", json("{\"types\": [\"" + type + "\"]}"))
            .json()
            .getString("token");
    String other =
        api.post("/api/v1/manage/preview-tokens", json("{\"types\": [\"article\"]}"))
            .json()
            .getString("token");

    assertEquals(200, api.as(mine).getBytes(url).status());
    assertEquals(404, api.as(other).getBytes(url).status());
    assertEquals(404, api.as("no-such-token").getBytes(url).status());
  }

  @Test
  void contentRefersOnlyToStoredAssets(Api api) {
    String type = imageType(api);
    Reply refused =
        api.post(
            "/api/v1/manage/items",
            Json.createObjectBuilder()
                .add("type", type)
                .add("locale", "nb")
                .add(
                    "fields",
                    json("{\"title\": \"x\", \"image\": \"00000000-0000-4000-8000-000000000000\"}"))
                .build());
    assertEquals(400, refused.status());
    assertTrue(refused.body().contains("fields.image"), refused.body());
  }

  @Test
  void translatorsChangeTextsOfTheirLocalesOnly(Api api) {
    String imageId = TestAssets.uploadImage(api, "Oversettes");
    Api translator =
        Users.create(api, "asset-translator", List.of("translator"), List.of("se"), List.of());
    String etag = api.get("/api/v1/manage/assets/" + imageId).etag();

    assertEquals(
        403,
        translator
            .put(
                "/api/v1/manage/assets/" + imageId,
                json("{\"texts\": {\"nb\": {\"alt\": \"x\"}}}"),
                "If-Match",
                etag)
            .status());
    assertEquals(
        403,
        translator
            .put(
                "/api/v1/manage/assets/" + imageId,
                json("{\"focalPoint\": {\"x\": 0.1, \"y\": 0.1}}"),
                "If-Match",
                etag)
            .status());
    assertEquals(
        200,
        translator
            .put(
                "/api/v1/manage/assets/" + imageId,
                json("{\"texts\": {\"se\": {\"alt\": \"Govva\"}}}"),
                "If-Match",
                etag)
            .status());
    assertEquals(
        412,
        api.put("/api/v1/manage/assets/" + imageId, json("{\"texts\": {}}"), "If-Match", etag)
            .status());
    assertEquals(
        403,
        TestAssets.upload(translator, TestAssets.image("png", 10, 10), "image/png", null).status());
  }

  private static String altIn(JsonObject delivered, String assetId) {
    return delivered.getJsonObject("assets").getJsonObject(assetId).getString("alt");
  }

  /** A content type with a shared image field and blocks that may hold image blocks. */
  private static String imageType(Api api) {
    String key = Fixtures.uniqueKey("bilder");
    Reply reply =
        api.post(
            "/api/v1/manage/content-types",
            json(
                """
                {"key": "%s", "name": {"nb": "Bildeside"}, "titleField": "title",
                 "fields": [
                   {"key": "title", "type": "text", "required": true},
                   {"key": "image", "type": "asset", "localized": false},
                   {"key": "file", "type": "asset", "localized": false},
                   {"key": "content", "type": "blocks", "allowedBlocks": ["image", "document-link", "paragraph"]}
                 ]}
                """
                    .formatted(key)));
    assertEquals(201, reply.status(), reply.toString());
    return key;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static long storedCopies(String hash) throws IOException {
    Path originals = SharedServer.assetStore().resolve("originals");
    try (Stream<Path> files = Files.walk(originals)) {
      return files.filter(p -> p.getFileName().toString().equals(hash)).count();
    }
  }

  private static List<Path> stagingFiles() throws IOException {
    try (Stream<Path> files = Files.list(SharedServer.assetStore().resolve("tmp"))) {
      return files.toList();
    }
  }

  @Test
  void anUpdateWhoseBodyIsNotAnObjectIsA400NotA500(Api api) {
    String id = TestAssets.uploadImage(api, "Bilde");
    String etag = api.get("/api/v1/manage/assets/" + id).etag();
    for (String body : new String[] {"[[1]]", "\"alt\"", "42", "null"}) {
      Reply reply = api.send("PUT", "/api/v1/manage/assets/" + id, body, "If-Match", etag);
      assertEquals(400, reply.status(), body + ": " + reply.body());
      assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.body());
    }
    assertEquals(etag, api.get("/api/v1/manage/assets/" + id).etag(), "nothing changed");
  }
}
