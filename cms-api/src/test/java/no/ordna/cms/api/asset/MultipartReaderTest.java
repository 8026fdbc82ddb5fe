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
    MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body(file)), BOUNDARY);

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
    MultipartReader reader = new MultipartReader(new ByteArrayInputStream(cut), BOUNDARY);
    reader.next();
    MultipartReader.Part file = reader.next().orElseThrow();

    assertThrows(IOException.class, () -> file.body().readAllBytes());
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
