package no.ordna.cms.asset.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small files made in code for the asset tests. */
final class TestFiles {

  private TestFiles() {}

  static byte[] pdf(String title, int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      document.getDocumentInformation().setTitle(title);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A picture: left half red, right half blue. */
  static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /**
   * A tiny PNG that declares {@code width} × {@code height} pixels (a decompression bomb: its few
   * compressed bytes would inflate to gigabytes of pixels).
   */
  static byte[] pngBomb(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(ihdr);
    header.writeInt(width);
    header.writeInt(height);
    header.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, no interlace
    chunk(png, "IHDR", ihdr.toByteArray());
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[1 << 20]);
    deflater.finish();
    byte[] compressed = new byte[1 << 16];
    int n = deflater.deflate(compressed);
    chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, n));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    DataOutputStream chunk = new DataOutputStream(out);
    chunk.writeInt(data.length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    chunk.write(name);
    chunk.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    chunk.writeInt((int) crc.getValue());
  }
}
