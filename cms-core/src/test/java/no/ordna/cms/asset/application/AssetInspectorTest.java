package no.ordna.cms.asset.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.ordna.cms.asset.domain.FileFacts;
import no.ordna.cms.asset.domain.FileType;
import no.ordna.cms.asset.storage.FileSystemBlobStore;
import no.ordna.cms.asset.storage.StagedBlob;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.UnsupportedTypeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types come from the bytes; facts of PDFs and images; pixel bombs and disguises refused. */
class AssetInspectorTest {

  @TempDir Path dir;
  private FileSystemBlobStore store;
  private AssetInspector inspector;

  @BeforeEach
  void setUp() {
    store = new FileSystemBlobStore(dir);
    AssetSettings settings = new AssetSettings();
    settings.allowedTypes = "application/pdf,image/jpeg,image/png,image/webp,image/svg+xml";
    settings.maxPixels = 40_000_000;
    inspector = new AssetInspector();
    inspector.settings = settings;
  }

  private StagedBlob staged(byte[] bytes) throws IOException {
    return store.stage(new ByteArrayInputStream(bytes), 10_000_000);
  }

  @Test
  void aPdfHasItsPageCountAndTitle() throws IOException {
    StagedBlob staged = staged(TestFiles.pdf("Nasjonal kompetansepolitisk strategi", 3));

    FileType type = inspector.allowedType(staged);
    FileFacts facts = inspector.facts(staged, type);

    assertEquals(FileType.PDF, type);
    assertEquals(3, facts.pageCount());
    assertEquals("Nasjonal kompetansepolitisk strategi", facts.pdfTitle());
  }

  @Test
  void imagesHaveTheirPixelSize() throws IOException {
    for (String format : new String[] {"png", "jpeg"}) {
      StagedBlob staged = staged(TestFiles.image(format, 320, 200));
      FileType type = inspector.allowedType(staged);
      FileFacts facts = inspector.facts(staged, type);
      assertEquals(format.equals("png") ? FileType.PNG : FileType.JPEG, type);
      assertEquals(320, facts.width());
      assertEquals(200, facts.height());
    }
  }

  @Test
  void textDressedUpAsAPdfIsRefusedWithWhatItReallyIs() throws IOException {
    StagedBlob staged =
        staged("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

    UnsupportedTypeException refused =
        assertThrows(UnsupportedTypeException.class, () -> inspector.allowedType(staged));

    assertEquals("text/html", refused.extensions().get("detectedType"));
  }

  @Test
  void aTypeThatIsNotConfiguredIsRefused() throws IOException {
    inspector.settings.allowedTypes = "application/pdf";
    StagedBlob staged = staged(TestFiles.image("png", 10, 10));

    assertThrows(UnsupportedTypeException.class, () -> inspector.allowedType(staged));
  }

  @Test
  void aPngDeclaringBillionsOfPixelsIsRefusedWithoutDecodingIt() throws IOException {
    byte[] bomb = TestFiles.pngBomb(50_000, 50_000);
    assertTrue(bomb.length < 5_000, "bomb size " + bomb.length);
    StagedBlob staged = staged(bomb);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> inspector.facts(staged, inspector.allowedType(staged)));

    assertEquals("image-too-many-pixels", refused.problemType());
  }

  @Test
  void aTruncatedPdfIsRefused() throws IOException {
    byte[] pdf = TestFiles.pdf("x", 1);
    StagedBlob staged = staged(java.util.Arrays.copyOf(pdf, 40));

    assertThrows(
        RuntimeException.class, () -> inspector.facts(staged, inspector.allowedType(staged)));
  }

  @Test
  void svgLosesScriptsHandlersAndOutsideLinksButKeepsItsDrawing() {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"10\" height=\"10\" onload=\"alert(1)\"><script>alert(2)</script>"
            + "<rect width=\"10\" height=\"10\" fill=\"red\" onclick=\"x()\"/>"
            + "<a href=\"javascript:alert(3)\"><circle r=\"2\"/></a>"
            + "<use xlink:href=\"https://evil.example/x.svg#a\"/><use href=\"#local\"/>"
            + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>"
            + "<rect style=\"fill:url(https://evil.example/p)\"/><rect fill=\"url(#g)\"/></svg>";

    String clean =
        new String(
            SvgSanitizer.sanitize(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(),
            StandardCharsets.UTF_8);

    for (String gone :
        new String[] {"script", "onload", "onclick", "javascript", "evil.example", "foreign"}) {
      assertFalse(clean.contains(gone), gone + " in " + clean);
    }
    assertTrue(clean.contains("fill=\"red\""), clean);
    assertTrue(clean.contains("href=\"#local\""), clean);
    assertTrue(clean.contains("url(#g)"), clean);
  }

  @Test
  void svgWithADoctypeIsNotAccepted() {
    String svg =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
    assertTrue(
        SvgSanitizer.sanitize(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
            .isEmpty());
  }
}
