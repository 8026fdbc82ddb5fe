package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.ordna.cms.asset.domain.FileType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The asset feature's configuration, with its defaults in one place ({@code cms.assets.*}, each
 * overridable by an environment variable such as {@code CMS_ASSETS_MAX_BYTES}).
 */
@ApplicationScoped
public class AssetSettings {

  /** Default widths a front end may ask renditions in. */
  public static final String DEFAULT_WIDTHS = "160,320,480,640,800,1024,1280,1600,1920,2560";

  @Inject
  @ConfigProperty(name = "cms.assets.max-bytes", defaultValue = "52428800")
  long maxBytes;

  @Inject
  @ConfigProperty(
      name = "cms.assets.allowed-types",
      defaultValue = "application/pdf,image/jpeg,image/png,image/webp,image/svg+xml")
  String allowedTypes;

  @Inject
  @ConfigProperty(name = "cms.assets.max-pixels", defaultValue = "40000000")
  long maxPixels;

  @Inject
  @ConfigProperty(name = "cms.assets.svg-max-bytes", defaultValue = "1048576")
  long svgMaxBytes;

  @Inject
  @ConfigProperty(name = "cms.assets.rendition-widths", defaultValue = DEFAULT_WIDTHS)
  String renditionWidths;

  @Inject
  @ConfigProperty(name = "cms.assets.rendition-ratios", defaultValue = "1:1,4:3,3:2,16:9,2:3,3:4")
  String renditionRatios;

  @Inject
  @ConfigProperty(name = "cms.assets.immutable-max-age", defaultValue = "31536000")
  long immutableMaxAge;

  @Inject
  @ConfigProperty(name = "cms.delivery.max-age", defaultValue = "60")
  long maxAge;

  /** The largest upload accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The largest SVG accepted, in bytes: an SVG is parsed into memory to be sanitised, so it has a
   * limit of its own, far below the one for files that are only streamed.
   */
  public long svgMaxBytes() {
    return Math.min(svgMaxBytes, maxBytes);
  }

  /** The types accepted at upload (a subset of {@link FileType}; others are never accepted). */
  public Set<FileType> allowedTypes() {
    return Arrays.stream(allowedTypes.split(","))
        .map(String::trim)
        .map(FileType::ofMediaType)
        .flatMap(java.util.Optional::stream)
        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(FileType.class)));
  }

  /** The most pixels (width × height) an image may have: larger ones are refused unread. */
  public long maxPixels() {
    return maxPixels;
  }

  public Set<Integer> renditionWidths() {
    return Arrays.stream(renditionWidths.split(","))
        .map(String::trim)
        .filter(s -> s.matches("\\d{1,5}"))
        .map(Integer::parseInt)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Allowed crop ratios, e.g. {@code 16:9}. */
  public List<String> renditionRatios() {
    return Arrays.stream(renditionRatios.split(","))
        .map(s -> s.trim().toLowerCase(Locale.ROOT))
        .filter(s -> s.matches("\\d{1,2}:\\d{1,2}"))
        .toList();
  }

  /** Seconds an unversioned public URL may be cached (as delivery answers). */
  public long maxAge() {
    return maxAge;
  }

  /** Seconds a versioned public URL may be cached. */
  public long immutableMaxAge() {
    return immutableMaxAge;
  }
}
