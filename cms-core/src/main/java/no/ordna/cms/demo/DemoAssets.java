package no.ordna.cms.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes the demo dataset's sample files in code, so the dataset ships no binaries: a two-page PDF
 * with a document's title (PDFBox, standard fonts only), and simple drawn pictures in place of the
 * seed page's photographs (Java 2D shapes only, no fonts, so it runs on a headless server without
 * any installed).
 */
final class DemoAssets {

  private static final Color RED = new Color(0xC8, 0x10, 0x2E);

  private DemoAssets() {}

  static byte[] bytes(DemoDataset.AssetEntry asset, String title) {
    return switch (asset.kind()) {
      case "pdf" -> pdf(title);
      case "wheel" -> png(wheel());
      case "banner" -> png(banner());
      case "portrait" -> jpeg(people(600, 800, 1, 1));
      case "montage" -> jpeg(people(1200, 800, 3, 2));
      case "photo" -> jpeg(people(1200, 800, 1, 1));
      default -> throw new IllegalStateException("unknown demo asset kind " + asset.kind());
    };
  }

  static byte[] pdf(String title) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> pages = List.of(title, "Eksempelfil i demodataene til Ordna CMS.");
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
          text.beginText();
          text.setFont(i == 0 ? bold : regular, i == 0 ? 22 : 12);
          text.setLeading(i == 0 ? 28 : 16);
          text.newLineAtOffset(56, 760);
          for (String line : wrap(pages.get(i), i == 0 ? 40 : 80)) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      document.getDocumentInformation().setTitle(title);
      document.getDocumentInformation().setAuthor("Ordna CMS demo");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + word.length() + 1 > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** White icons in red boxes shaped as the parts of a wheel. */
  private static BufferedImage wheel() {
    BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(image, Color.WHITE);
    int parts = 8;
    for (int i = 0; i < parts; i++) {
      double start = i * 360.0 / parts + 2;
      g.setColor(RED);
      g.fill(new Arc2D.Double(60, 60, 680, 680, start, 360.0 / parts - 4, Arc2D.PIE));
      double middle = Math.toRadians(start + 360.0 / parts / 2 - 2);
      double x = 400 + Math.cos(middle) * 240;
      double y = 400 - Math.sin(middle) * 240;
      g.setColor(Color.WHITE);
      g.setStroke(new BasicStroke(8));
      g.draw(new Ellipse2D.Double(x - 30, y - 30, 60, 60));
      g.fill(new Ellipse2D.Double(x - 10, y - 10, 20, 20));
    }
    g.setColor(Color.WHITE);
    g.fill(new Ellipse2D.Double(270, 270, 260, 260));
    g.dispose();
    return image;
  }

  private static BufferedImage banner() {
    BufferedImage image = new BufferedImage(1600, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = graphics(image, RED);
    g.setColor(new Color(255, 255, 255, 60));
    for (int i = 0; i < 12; i++) {
      g.fill(new Ellipse2D.Double(i * 140 - 60, 220 - (i % 3) * 80, 220, 220));
    }
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(80, 150, 700, 100, 30, 30));
    g.dispose();
    return image;
  }

  /** {@code columns} × {@code rows} head-and-shoulders silhouettes on muted tiles. */
  private static BufferedImage people(int width, int height, int columns, int rows) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(image, new Color(0xE8, 0xE4, 0xDC));
    int w = width / columns;
    int h = height / rows;
    for (int c = 0; c < columns; c++) {
      for (int r = 0; r < rows; r++) {
        float hue = (c * rows + r) / (float) (columns * rows);
        g.setColor(Color.getHSBColor(hue, 0.25f, 0.85f));
        g.fillRect(c * w + 4, r * h + 4, w - 8, h - 8);
        g.setColor(new Color(0x3A, 0x3A, 0x48));
        AffineTransform saved = g.getTransform();
        g.translate(c * w + w / 2.0, r * h + h * 0.45);
        double s = Math.min(w, h) / 4.0;
        g.fill(new Ellipse2D.Double(-s * 0.6, -s * 0.9, s * 1.2, s * 1.4));
        g.fill(new Arc2D.Double(-s * 1.5, s * 0.6, s * 3, s * 2.4, 0, 180, Arc2D.CHORD));
        g.setTransform(saved);
      }
    }
    g.dispose();
    return image;
  }

  private static Graphics2D graphics(BufferedImage image, Color background) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(background);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    return g;
  }

  private static byte[] png(BufferedImage image) {
    return encode(image, "png");
  }

  private static byte[] jpeg(BufferedImage image) {
    return encode(image, "jpeg");
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
