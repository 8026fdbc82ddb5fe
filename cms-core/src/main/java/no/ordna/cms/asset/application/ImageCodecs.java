package no.ordna.cms.asset.application;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import no.ordna.cms.asset.domain.FileType;

/**
 * Reading pixel images with ImageIO (JDK PNG, TwelveMonkeys JPEG and WebP): the pixel size from the
 * header alone, without decoding, and decoding of a region with subsampling, so a large source
 * never needs its full size in memory.
 */
final class ImageCodecs {

  static {
    // the web application's class loader holds the TwelveMonkeys plug-ins
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try {
      thread.setContextClassLoader(ImageCodecs.class.getClassLoader());
      ImageIO.scanForPlugins();
      ImageIO.setUseCache(false);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private ImageCodecs() {}

  /** Width and height from the header, or empty when no reader understands the bytes. */
  static Optional<int[]> dimensions(InputStream in, FileType type) throws IOException {
    try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
      Optional<ImageReader> found = reader(type);
      if (found.isEmpty() || stream == null) {
        return Optional.empty();
      }
      ImageReader reader = found.get();
      try {
        reader.setInput(stream, true, true);
        return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    }
  }

  /**
   * Decodes the region {x, y, width, height}, reading only every {@code subsampling}-th pixel in
   * each direction.
   */
  static BufferedImage read(InputStream in, FileType type, int[] region, int subsampling)
      throws IOException {
    try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
      ImageReader reader =
          reader(type).orElseThrow(() -> new IOException("no reader for " + type.mediaType()));
      try {
        reader.setInput(stream, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new java.awt.Rectangle(region[0], region[1], region[2], region[3]));
        param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  /** Decodes the whole image at full size. */
  static BufferedImage readWhole(InputStream in, FileType type) throws IOException {
    try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
      ImageReader reader =
          reader(type).orElseThrow(() -> new IOException("no reader for " + type.mediaType()));
      try {
        reader.setInput(stream, true, true);
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    }
  }

  private static Optional<ImageReader> reader(FileType type) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
    return readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
  }
}
