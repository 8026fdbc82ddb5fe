package no.ordna.cms.web.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files made in code for asset tests, and uploads of them. */
public final class TestAssets {

  private static final Random RANDOM = new Random();

  private TestAssets() {}

  /** A PDF with {@code pages} pages, a title, and some random bytes so each one is distinct. */
  public static byte[] pdf(String title, int pages) {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage());
      }
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setSubject(Long.toHexString(RANDOM.nextLong()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An image, left half red and right half blue, with one random pixel so each is distinct. */
  public static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    image.setRGB(width - 1, height - 1, RANDOM.nextInt(0xffffff));
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tiny PNG declaring {@code width} × {@code height} pixels: a decompression bomb. */
  public static byte[] pngBomb(int width, int height) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
      DataOutputStream header = new DataOutputStream(ihdr);
      header.writeInt(width);
      header.writeInt(height);
      header.write(new byte[] {8, 0, 0, 0, 0});
      chunk(png, "IHDR", ihdr.toByteArray());
      Deflater deflater = new Deflater(9);
      deflater.setInput(new byte[1 << 20]);
      deflater.finish();
      byte[] compressed = new byte[1 << 16];
      int n = deflater.deflate(compressed);
      chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, n));
      chunk(png, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Uploads raw bytes with a Content-Type and query fields; returns the reply. */
  public static Reply upload(Api api, byte[] bytes, String contentType, String query) {
    return api.sendBytes(
            "POST",
            "/api/v1/manage/assets" + (query == null ? "" : "?" + query),
            bytes,
            "Content-Type",
            contentType)
        .asReply();
  }

  /** Uploads a PNG with an nb alt text; returns the new asset's id (201 expected). */
  public static String uploadImage(Api api, String altNb) {
    Reply reply =
        upload(
            api,
            image("png", 400, 200),
            "image/png",
            "fileName=bilde.png&locale=nb&alt="
                + java.net.URLEncoder.encode(altNb, StandardCharsets.UTF_8));
    if (reply.status() != 201) {
      throw new AssertionError("upload failed: " + reply);
    }
    return reply.json().getString("id");
  }

  /** A multipart/form-data body: text fields, then the file in part {@code file}. */
  public static byte[] multipart(
      String boundary,
      java.util.Map<String, String> fields,
      String fileName,
      String type,
      byte[] file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (var field : fields.entrySet()) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey()
                    + "\"\r\n\r\n"
                    + field.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + type
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(file);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JPEG with an EXIF segment inserted after its start marker: the camera's name ("Kamera"), an
   * orientation, and a comment segment naming a place.
   */
  public static byte[] withExif(byte[] jpeg, int orientation) {
    java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(45);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x010F).putShort((short) 2).putInt(7).putInt(38);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0).putInt(0);
    tiff.put("Kamera\0".getBytes(StandardCharsets.US_ASCII));
    byte[] exif = new byte[6 + 45];
    System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
    System.arraycopy(tiff.array(), 0, exif, 6, 45);
    byte[] place = "Tatt ved hytta".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (Object[] segment : new Object[][] {{0xE1, exif}, {0xFE, place}}) {
      byte[] payload = (byte[]) segment[1];
      out.write(0xFF);
      out.write((Integer) segment[0]);
      out.write((payload.length + 2) >> 8);
      out.write((payload.length + 2) & 0xFF);
      out.writeBytes(payload);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
