package no.ordna.cms.asset.application;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import no.ordna.cms.asset.domain.FileType;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.asset.domain.Rendition;

/**
 * Makes the bytes of one rendition: decodes only the window the rendition shows, subsampled to at
 * most twice the target width, scales it with bicubic interpolation (never up), and encodes it as
 * JPEG (quality 0.85, transparency flattened on white) or PNG.
 */
final class RenditionMaker {

  private static final float JPEG_QUALITY = 0.85f;

  private RenditionMaker() {}

  interface Source extends Supplier<InputStream> {}

  static byte[] make(
      Source source, FileType type, int width, int height, Rendition rendition, FocalPoint focal)
      throws IOException {
    int[] window = rendition.window(width, height, focal);
    int targetWidth = Math.min(rendition.width(), window[2]);
    int targetHeight = Math.max(1, (int) Math.round((double) window[3] * targetWidth / window[2]));
    int subsampling = Math.max(1, window[2] / (targetWidth * 2));
    BufferedImage decoded;
    try (InputStream in = source.get()) {
      decoded = ImageCodecs.read(in, type, window, subsampling);
    }
    boolean jpeg = rendition.format() == Rendition.Format.JPEG;
    BufferedImage scaled =
        new BufferedImage(
            targetWidth,
            targetHeight,
            jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = scaled.createGraphics();
    try {
      if (jpeg) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, targetWidth, targetHeight);
      }
      g.setComposite(AlphaComposite.SrcOver);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(decoded, 0, 0, targetWidth, targetHeight, null);
    } finally {
      g.dispose();
    }
    return encode(scaled, rendition.format());
  }

  static byte[] encode(BufferedImage image, Rendition.Format format) throws IOException {
    return encode(image, format, JPEG_QUALITY);
  }

  static byte[] encode(BufferedImage image, Rendition.Format format, float jpegQuality)
      throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.mediaType()).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format == Rendition.Format.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(jpegQuality);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
