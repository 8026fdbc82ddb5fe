package no.ordna.cms.shared.paging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Where a page of a list ended, opaque to clients: the list's position values (the last row's sort
 * value and id, say) encoded URL-safe with a checksum, so a cursor that was cut, edited or made up
 * is recognised ({@link #decode} is empty) and answered with a 400 rather than a wrong page. It is
 * not a secret: it only says where the list stood.
 */
public final class Cursor {

  private static final char SEPARATOR = '\u001f';
  private static final int MAX_TEXT = 2048;

  private final List<String> parts;

  private Cursor(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  /** A cursor of these position values (none may contain U+001F). */
  public static Cursor of(String... parts) {
    return of(Arrays.asList(parts));
  }

  /** See {@link #of(String...)}. */
  public static Cursor of(List<String> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a cursor holds at least one value");
    }
    for (String part : parts) {
      if (part == null || part.indexOf(SEPARATOR) >= 0) {
        throw new IllegalArgumentException("a cursor value may not be null or hold U+001F");
      }
    }
    return new Cursor(parts);
  }

  /** The position values, in the order they were given. */
  public List<String> parts() {
    return parts;
  }

  /** The position value at {@code index}. */
  public String part(int index) {
    return parts.get(index);
  }

  /** The text a client sends back as {@code cursor}. */
  public String encode() {
    byte[] body = String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8);
    ByteBuffer bytes = ByteBuffer.allocate(body.length + 4);
    bytes.put(body).putInt(checksum(body));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /** The cursor a text encodes; empty when it is not one this product made (or was altered). */
  public static Optional<Cursor> decode(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_TEXT) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length < 5) {
      return Optional.empty();
    }
    byte[] body = Arrays.copyOf(bytes, bytes.length - 4);
    if (ByteBuffer.wrap(bytes, body.length, 4).getInt() != checksum(body)) {
      return Optional.empty();
    }
    try {
      String joined =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return Optional.of(new Cursor(Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1))));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int checksum(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update("ordna-cursor".getBytes(StandardCharsets.US_ASCII));
    crc.update(body);
    return (int) crc.getValue();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cursor that && parts.equals(that.parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return encode();
  }
}
