package no.ordna.cms.asset.application;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Semaphore;
import no.ordna.cms.asset.domain.FileType;

/**
 * Keeps what a photo's camera wrote about it from reaching the public: location, camera, owner and
 * time stamps (EXIF, XMP, IPTC, comments, text chunks) are removed at upload, and the EXIF
 * orientation is applied to the pixels, so the stored original and every rendition are upright
 * without any metadata. A JPEG that is already upright keeps its compressed data as it is (only its
 * metadata segments go); a turned one is decoded, turned and encoded anew. PNG and WebP lose their
 * metadata chunks and nothing else. The orientation is read with metadata-extractor.
 */
final class PhotoMetadata {

  /** Turning a photo holds it decoded twice: one at a time. */
  private static final Semaphore TURNING = new Semaphore(1);

  private static final float JPEG_QUALITY = 0.92f;

  /** PNG chunks that may carry text, time or EXIF (kept: everything that affects the pixels). */
  private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "iTXt", "zTXt", "tIME");

  private PhotoMetadata() {}

  /** The bytes without metadata, upright; the same array when there was nothing to remove. */
  static byte[] clean(byte[] bytes, FileType type) throws IOException {
    return switch (type) {
      case JPEG -> cleanJpeg(bytes);
      case PNG -> stripPng(bytes);
      case WEBP -> stripWebp(bytes);
      default -> bytes;
    };
  }

  /** The EXIF orientation (1-8; 1 is upright), 1 when there is none. */
  static int orientation(byte[] bytes) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
      ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
      if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
        int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        return orientation >= 1 && orientation <= 8 ? orientation : 1;
      }
    } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
      // unreadable metadata: treat the photo as upright
    }
    return 1;
  }

  private static byte[] cleanJpeg(byte[] bytes) throws IOException {
    int orientation = orientation(bytes);
    if (orientation == 1) {
      return stripJpeg(bytes);
    }
    TURNING.acquireUninterruptibly();
    try {
      BufferedImage image;
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        image = ImageCodecs.readWhole(in, FileType.JPEG);
      }
      BufferedImage upright = turn(image, orientation);
      // a new JPEG written from pixels alone carries no metadata
      return RenditionMaker.encode(
          upright, no.ordna.cms.asset.domain.Rendition.Format.JPEG, JPEG_QUALITY);
    } finally {
      TURNING.release();
    }
  }

  /** The image as a viewer honouring the EXIF orientation shows it. */
  static BufferedImage turn(BufferedImage image, int orientation) {
    int w = image.getWidth();
    int h = image.getHeight();
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { // mirrored horizontally
        t.scale(-1, 1);
        t.translate(-w, 0);
      }
      case 3 -> { // turned 180°
        t.translate(w, h);
        t.rotate(Math.PI);
      }
      case 4 -> { // mirrored vertically
        t.scale(1, -1);
        t.translate(0, -h);
      }
      case 5 -> { // mirrored along the main diagonal
        t.rotate(-Math.PI / 2);
        t.scale(-1, 1);
      }
      case 6 -> { // turned 90° clockwise
        t.translate(h, 0);
        t.rotate(Math.PI / 2);
      }
      case 7 -> { // mirrored along the other diagonal
        t.scale(-1, 1);
        t.translate(-h, 0);
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      case 8 -> { // turned 90° counter-clockwise
        t.translate(0, w);
        t.rotate(3 * Math.PI / 2);
      }
      default -> {
        return image;
      }
    }
    boolean swaps = orientation >= 5;
    BufferedImage target =
        new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = target.createGraphics();
    try {
      g.drawImage(image, t, null); // whole pixels only: a quarter turn or a mirror image
    } finally {
      g.dispose();
    }
    return target;
  }

  /**
   * A JPEG without its metadata segments: keeps JFIF (APP0), colour profiles (APP2), Adobe colour
   * information (APP14) and every coding segment; drops APP1 (EXIF, XMP), APP13 (IPTC), the other
   * application segments and comments. The compressed image data is copied untouched.
   */
  static byte[] stripJpeg(byte[] bytes) throws IOException {
    if (bytes.length < 4 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8) {
      throw new IOException("not a JPEG");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, 2);
    int pos = 2;
    boolean removed = false;
    while (pos + 4 <= bytes.length) {
      if ((bytes[pos] & 0xff) != 0xFF) {
        throw new IOException("a JPEG segment does not start with a marker");
      }
      int marker = bytes[pos + 1] & 0xff;
      if (marker == 0xFF) { // fill byte
        pos++;
        continue;
      }
      if (marker == 0xDA || marker == 0xD9) { // start of scan (or end): the rest is image data
        out.write(bytes, pos, bytes.length - pos);
        return removed ? out.toByteArray() : bytes;
      }
      int length = ((bytes[pos + 2] & 0xff) << 8) | (bytes[pos + 3] & 0xff);
      if (length < 2 || pos + 2 + length > bytes.length) {
        throw new IOException("a JPEG segment runs past the end of the file");
      }
      boolean metadata =
          (marker >= 0xE0 && marker <= 0xEF && marker != 0xE0 && marker != 0xE2 && marker != 0xEE)
              || marker == 0xFE;
      if (metadata) {
        removed = true;
      } else {
        out.write(bytes, pos, 2 + length);
      }
      pos += 2 + length;
    }
    throw new IOException("a JPEG without image data");
  }

  /** A PNG without its text, time and EXIF chunks. */
  static byte[] stripPng(byte[] bytes) throws IOException {
    if (bytes.length < 8) {
      throw new IOException("not a PNG");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, 8);
    int pos = 8;
    boolean removed = false;
    while (pos + 12 <= bytes.length) {
      long length = ByteBuffer.wrap(bytes, pos, 4).getInt() & 0xffffffffL;
      if (pos + 12 + length > bytes.length) {
        throw new IOException("a PNG chunk runs past the end of the file");
      }
      String kind = new String(bytes, pos + 4, 4, StandardCharsets.ISO_8859_1);
      int whole = (int) (12 + length);
      if (PNG_METADATA.contains(kind)) {
        removed = true;
      } else {
        out.write(bytes, pos, whole);
      }
      pos += whole;
      if (kind.equals("IEND")) {
        break;
      }
    }
    return removed ? out.toByteArray() : bytes;
  }

  /** A WebP without its EXIF and XMP chunks (and their flags in the extended header). */
  static byte[] stripWebp(byte[] bytes) throws IOException {
    if (bytes.length < 12
        || !new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
        || !new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      throw new IOException("not a WebP");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, 12);
    int pos = 12;
    boolean removed = false;
    int extendedFlags = -1;
    while (pos + 8 <= bytes.length) {
      String kind = new String(bytes, pos, 4, StandardCharsets.ISO_8859_1);
      long size =
          ByteBuffer.wrap(bytes, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
      long whole = 8 + size + (size % 2); // chunks are padded to an even size
      if (pos + 8 + size > bytes.length) {
        throw new IOException("a WebP chunk runs past the end of the file");
      }
      whole = Math.min(whole, bytes.length - pos);
      if (kind.equals("EXIF") || kind.equals("XMP ")) {
        removed = true;
      } else {
        if (kind.equals("VP8X")) {
          extendedFlags = out.size() + 8;
        }
        out.write(bytes, pos, (int) whole);
      }
      pos += (int) whole;
    }
    if (!removed) {
      return bytes;
    }
    byte[] result = out.toByteArray();
    if (extendedFlags >= 0) {
      result[extendedFlags] &= (byte) ~0x0C; // no EXIF (0x08), no XMP (0x04)
    }
    ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
    return result;
  }
}
