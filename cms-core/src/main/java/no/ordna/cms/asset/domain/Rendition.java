package no.ordna.cms.asset.domain;

import java.util.Locale;

/**
 * A requested derivative of an image: scaled to {@code width} pixels (never wider than the source
 * or its crop), in {@code format}, optionally cropped to the aspect ratio {@code ratioWidth :
 * ratioHeight} around the focal point. Its {@link #name} is unique per source and focal point.
 */
public record Rendition(int width, Format format, int ratioWidth, int ratioHeight) {

  /** Output formats. */
  public enum Format {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String wireName;

    Format(String mediaType, String wireName) {
      this.mediaType = mediaType;
      this.wireName = wireName;
    }

    public String mediaType() {
      return mediaType;
    }

    public String wireName() {
      return wireName;
    }
  }

  public boolean cropped() {
    return ratioWidth > 0 && ratioHeight > 0;
  }

  /** A file name for the stored rendition, e.g. {@code w640-16x9-0.500x0.500.jpeg}. */
  public String name(FocalPoint focal) {
    String crop = cropped() ? "-" + ratioWidth + "x" + ratioHeight + "-" + focal.key() : "";
    return String.format(Locale.ROOT, "w%d%s.%s", width, crop, format.wireName());
  }

  /**
   * The part of a {@code sourceWidth} × {@code sourceHeight} image this rendition shows: the whole
   * image, or the largest window of the requested aspect ratio centred on the focal point as far as
   * the image's edges allow. Returns {x, y, width, height}.
   */
  public int[] window(int sourceWidth, int sourceHeight, FocalPoint focal) {
    if (!cropped()) {
      return new int[] {0, 0, sourceWidth, sourceHeight};
    }
    double ratio = (double) ratioWidth / ratioHeight;
    int w = sourceWidth;
    int h = sourceHeight;
    if ((double) sourceWidth / sourceHeight > ratio) {
      w = Math.max(1, (int) Math.round(sourceHeight * ratio));
    } else {
      h = Math.max(1, (int) Math.round(sourceWidth / ratio));
    }
    int x = clamp((int) Math.round(focal.x() * sourceWidth - w / 2.0), sourceWidth - w);
    int y = clamp((int) Math.round(focal.y() * sourceHeight - h / 2.0), sourceHeight - h);
    return new int[] {x, y, w, h};
  }

  private static int clamp(int value, int max) {
    return Math.max(0, Math.min(value, max));
  }
}
