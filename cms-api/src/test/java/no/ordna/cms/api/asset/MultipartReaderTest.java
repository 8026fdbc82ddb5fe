package no.ordna.cms.api.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  private static final String BOUNDARY = "----ordna42";

  private static byte[] body(byte[] file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        ("preamble\r\n--"
                + BOUNDARY
                + "\r\n"
                + "Content-Disposition: form-data; name=\"alt\"\r\n\r\n"
                + "Hvite ikoner i røde bokser\r\n--"
                + BOUNDARY
                + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"hjul.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(file);
    out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void readsFieldsAndStreamsALargeBinaryPartExactly() throws IOException {
    byte[] file = new byte[300_000];
    new Random(7).nextBytes(file);
    // a near-miss of the delimiter inside the data must not end the part
    byte[] nearMiss = ("\r\n--" + BOUNDARY.substring(0, 8)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(nearMiss, 0, file, 65_530, nearMiss.length);
    MultipartReader reader =
        new MultipartReader(new ByteArrayInputStream(body(file)), BOUNDARY, "file", 4096);

    MultipartReader.Part alt = reader.next().orElseThrow();
    assertEquals("alt", alt.name());
    assertEquals("Hvite ikoner i røde bokser", alt.text(1000));
    MultipartReader.Part part = reader.next().orElseThrow();
    assertEquals("file", part.name());
    assertEquals("hjul.png", part.fileName());
    assertEquals("image/png", part.contentType());
    assertArrayEquals(file, readSlowly(part.body()));
    assertTrue(reader.next().isEmpty());
  }

  @Test
  void aBodyWithoutItsClosingBoundaryIsAnError() throws IOException {
    byte[] whole = body(new byte[1000]);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
    MultipartReader reader =
        new MultipartReader(new ByteArrayInputStream(cut), BOUNDARY, "file", 4096);
    reader.next();
    MultipartReader.Part file = reader.next().orElseThrow();

    assertThrows(IOException.class, () -> file.body().readAllBytes());
  }

  @Test
  void aPartWithEndlessHeaderLinesIsStoppedAtTheHeaderLimit() {
    StringBuilder headers = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      headers.append("X-Filler-").append(i).append(": padding\r\n");
    }
    byte[] body =
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"\r\n"
                + headers
                + "\r\nx\r\n--"
                + BOUNDARY
                + "--\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    MultipartReader reader =
        new MultipartReader(new ByteArrayInputStream(body), BOUNDARY, "file", 1 << 20);

    MultipartReader.LimitExceeded refused =
        assertThrows(MultipartReader.LimitExceeded.class, reader::next);
    assertEquals(MultipartReader.MAX_PART_HEADER_BYTES, refused.limit);
  }

  @Test
  void bytesOutsideTheFileAreCountedTogetherButTheFileIsNot() throws IOException {
    // a long preamble alone passes the limit
    byte[] preamble = new byte[10_000];
    java.util.Arrays.fill(preamble, (byte) 'p');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(preamble);
    out.write(body(new byte[0]));
    MultipartReader longPreamble =
        new MultipartReader(new ByteArrayInputStream(out.toByteArray()), BOUNDARY, "file", 4096);
    assertThrows(MultipartReader.LimitExceeded.class, longPreamble::next);

    // so do many fields that are each small
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      fields
          .append("--")
          .append(BOUNDARY)
          .append("\r\nContent-Disposition: form-data; name=\"f")
          .append(i)
          .append("\"\r\n\r\n")
          .append("v".repeat(100))
          .append("\r\n");
    }
    fields.append("--").append(BOUNDARY).append("--\r\n");
    MultipartReader manyFields =
        new MultipartReader(
            new ByteArrayInputStream(fields.toString().getBytes(StandardCharsets.US_ASCII)),
            BOUNDARY,
            "file",
            4096);
    assertThrows(
        MultipartReader.LimitExceeded.class,
        () -> {
          for (var part = manyFields.next(); part.isPresent(); part = manyFields.next()) {
            part.get().text(1000);
          }
        });

    // while a file far larger than the limit streams through
    byte[] file = new byte[100_000];
    MultipartReader large =
        new MultipartReader(new ByteArrayInputStream(body(file)), BOUNDARY, "file", 4096);
    large.next().orElseThrow().text(1000);
    assertArrayEquals(file, large.next().orElseThrow().body().readAllBytes());
    assertTrue(large.next().isEmpty());
  }

  @Test
  void theBoundaryComesFromTheContentType() {
    assertEquals(
        "abc", MultipartReader.boundary("multipart/form-data; boundary=\"abc\"").orElseThrow());
    assertEquals("x-y", MultipartReader.boundary("Multipart/Form-Data;boundary=x-y").orElseThrow());
    assertTrue(MultipartReader.boundary("application/pdf").isEmpty());
    assertTrue(MultipartReader.boundary(null).isEmpty());
  }

  private static byte[] readSlowly(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[777];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
