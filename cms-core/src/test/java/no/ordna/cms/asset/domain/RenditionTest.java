package no.ordna.cms.asset.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RenditionTest {

  @Test
  void aCropKeepsTheFocalPointInViewAsFarAsTheEdgesAllow() {
    Rendition square = new Rendition(320, Rendition.Format.JPEG, 1, 1);

    assertArrayEquals(new int[] {400, 0, 800, 800}, square.window(1600, 800, FocalPoint.CENTRE));
    assertArrayEquals(
        new int[] {0, 0, 800, 800}, square.window(1600, 800, new FocalPoint(0.1, 0.5)));
    assertArrayEquals(
        new int[] {800, 0, 800, 800}, square.window(1600, 800, new FocalPoint(0.95, 0.5)));
    assertArrayEquals(
        new int[] {0, 700, 1000, 1000}, square.window(1000, 2000, new FocalPoint(0.5, 0.6)));
  }

  @Test
  void withoutACropTheWholeImageIsShown() {
    Rendition plain = new Rendition(640, Rendition.Format.PNG, 0, 0);
    assertArrayEquals(new int[] {0, 0, 1600, 900}, plain.window(1600, 900, FocalPoint.CENTRE));
    assertEquals("w640.png", plain.name(FocalPoint.CENTRE));
    assertEquals(
        "w640-16x9-0.250x0.500.jpeg",
        new Rendition(640, Rendition.Format.JPEG, 16, 9).name(new FocalPoint(0.25, 0.5)));
  }
}
