package no.ordna.cms.asset.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import no.ordna.cms.asset.domain.FileType;
import no.ordna.cms.asset.domain.FocalPoint;
import no.ordna.cms.asset.domain.Rendition;
import org.junit.jupiter.api.Test;

class RenditionMakerTest {

  @Test
  void scalesAndCropsAroundTheFocalPoint() throws IOException {
    byte[] source = TestFiles.image("png", 1600, 800);

    byte[] bytes =
        RenditionMaker.make(
            () -> new ByteArrayInputStream(source),
            FileType.PNG,
            1600,
            800,
            new Rendition(320, Rendition.Format.JPEG, 1, 1),
            new FocalPoint(0.1, 0.5));

    BufferedImage out = ImageIO.read(new ByteArrayInputStream(bytes));
    assertEquals(320, out.getWidth());
    assertEquals(320, out.getHeight());
    int rgb = out.getRGB(300, 160);
    assertTrue(((rgb >> 16) & 0xff) > 200 && (rgb & 0xff) < 60, "the red left half is kept");
  }

  @Test
  void neverScalesUp() throws IOException {
    byte[] source = TestFiles.image("jpeg", 200, 100);

    byte[] bytes =
        RenditionMaker.make(
            () -> new ByteArrayInputStream(source),
            FileType.JPEG,
            200,
            100,
            new Rendition(640, Rendition.Format.PNG, 0, 0),
            FocalPoint.CENTRE);

    BufferedImage out = ImageIO.read(new ByteArrayInputStream(bytes));
    assertEquals(200, out.getWidth());
    assertEquals(100, out.getHeight());
  }
}
