package no.ordna.cms.asset.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an asset can be, by the media type detected from its bytes. Anything else (a
 * video, an office document, an executable) is never accepted, whatever the configuration says.
 */
public enum FileType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp"),
  /** Accepted only after sanitising (no scripts, no external references). */
  SVG("image/svg+xml", "svg");

  private final String mediaType;
  private final String extension;

  FileType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The usual file-name extension, without the dot. */
  public String extension() {
    return extension;
  }

  public boolean isImage() {
    return this != PDF;
  }

  /** Whether renditions can be made of it (pixel images, not vector graphics or documents). */
  public boolean isRaster() {
    return this == JPEG || this == PNG || this == WEBP;
  }

  public static Optional<FileType> ofMediaType(String mediaType) {
    String wanted = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).trim();
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(wanted)).findFirst();
  }
}
