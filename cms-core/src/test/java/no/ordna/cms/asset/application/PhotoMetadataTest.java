package no.ordna.cms.asset.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import no.ordna.cms.asset.domain.FileType;
import org.junit.jupiter.api.Test;

class PhotoMetadataTest {

  private static byte[] photo(String format, int width, int height) throws IOException {
    return TestFiles.image(format, width, height);
  }

  /** An EXIF segment naming the camera and giving an orientation. */
  private static byte[] exif(int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(45);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x010F).putShort((short) 2).putInt(7).putInt(38); // Make
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0);
    tiff.put("Kamera\0".getBytes(StandardCharsets.US_ASCII));
    byte[] payload =
        ByteBuffer.allocate(6 + tiff.capacity())
            .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
            .put(tiff.array())
            .array();
    return segment(0xE1, payload);
  }

  private static byte[] segment(int marker, byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length)
        .put((byte) 0xFF)
        .put((byte) marker)
        .putShort((short) (payload.length + 2))
        .put(payload)
        .array();
  }

  /** The JPEG with the segments inserted right after its start marker. */
  private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (byte[] s : segments) {
      out.writeBytes(s);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
  }

  @Test
  void anUprightJpegLosesItsMetadataButKeepsItsImageDataByteForByte() throws IOException {
    byte[] plain = photo("jpg", 64, 32);
    byte[] tagged =
        withSegments(
            plain,
            exif(1),
            segment(0xFE, "Tatt ved hytta, 69.6N 18.9E".getBytes(StandardCharsets.UTF_8)),
            segment(0xED, "Photoshop 3.0\0IPTC".getBytes(StandardCharsets.US_ASCII)));

    byte[] clean = PhotoMetadata.clean(tagged, FileType.JPEG);

    assertFalse(contains(clean, "Kamera"));
    assertFalse(contains(clean, "hytta"));
    assertFalse(contains(clean, "IPTC"));
    assertTrue(java.util.Arrays.equals(plain, clean), "exactly the JPEG without the segments");
  }

  @Test
  void aTurnedJpegIsTurnedUprightAndCarriesNoMetadata() throws IOException {
    byte[] tagged = withSegments(photo("jpg", 64, 32), exif(6)); // shown turned 90° clockwise
    assertEquals(6, PhotoMetadata.orientation(tagged));

    byte[] clean = PhotoMetadata.clean(tagged, FileType.JPEG);

    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(clean));
    assertEquals(32, upright.getWidth());
    assertEquals(64, upright.getHeight());
    assertTrue(new Color(upright.getRGB(16, 8)).getRed() > 200, "red is now on top");
    assertTrue(new Color(upright.getRGB(16, 56)).getBlue() > 200, "blue is now below");
    assertFalse(contains(clean, "Kamera"));
    assertFalse(contains(clean, "Exif"));
    assertEquals(1, PhotoMetadata.orientation(clean));
  }

  @Test
  void everyOrientationGivesTheSizeAViewerWouldShow() {
    BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFFFFFF); // a white corner at the top left of the stored pixels
    int[][] whiteCornerAfter = {{0, 0}, {5, 0}, {5, 3}, {0, 3}, {0, 0}, {3, 0}, {3, 5}, {0, 5}};
    for (int orientation = 1; orientation <= 8; orientation++) {
      BufferedImage turned = PhotoMetadata.turn(image, orientation);
      boolean swaps = orientation >= 5;
      assertEquals(swaps ? 4 : 6, turned.getWidth(), "width, orientation " + orientation);
      int[] at = whiteCornerAfter[orientation - 1];
      assertEquals(
          0xFFFFFF, turned.getRGB(at[0], at[1]) & 0xFFFFFF, "corner of orientation " + orientation);
    }
  }

  @Test
  void pngTextChunksGoAndAPngWithoutThemIsLeftAsItIs() throws IOException {
    byte[] png = photo("png", 8, 8);
    assertSame(png, PhotoMetadata.clean(png, FileType.PNG));
    // a tEXt chunk after the header chunk
    byte[] text = "Comment\0GPS 69.6N".getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer chunk = ByteBuffer.allocate(12 + text.length);
    chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text).putInt(0);
    int afterHeader = 8 + 25;
    ByteArrayOutputStream tagged = new ByteArrayOutputStream();
    tagged.write(png, 0, afterHeader);
    tagged.writeBytes(chunk.array());
    tagged.write(png, afterHeader, png.length - afterHeader);

    byte[] clean = PhotoMetadata.clean(tagged.toByteArray(), FileType.PNG);

    assertTrue(java.util.Arrays.equals(png, clean));
  }
}
