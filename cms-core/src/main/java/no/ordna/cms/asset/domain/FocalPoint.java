package no.ordna.cms.asset.domain;

import java.util.Locale;

/**
 * The point of an image that crops keep in view, as fractions of its width and height from the top
 * left corner: {@code (0.5, 0.5)} is the centre. Both coordinates lie in [0, 1].
 */
public record FocalPoint(double x, double y) {

  public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

  public FocalPoint {
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
      throw new IllegalArgumentException("a focal point lies within [0, 1] x [0, 1]");
    }
  }

  /** A short stable text for cache keys, e.g. {@code 0.500x0.250}. */
  public String key() {
    return String.format(Locale.ROOT, "%.3fx%.3f", x, y);
  }
}
