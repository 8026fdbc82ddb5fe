package no.ordna.cms.asset.application;

import java.util.Optional;

/**
 * What a request for an asset's file asks for, read from its query at the HTTP edge: the {@code v}
 * version it names (the current one may be cached for good) and a rendition's width ({@code w}),
 * format ({@code fm}) and crop ratio ({@code crop}), each as given; {@link AssetAccess} checks them
 * against the asset and the configured widths and ratios.
 */
public record FileRequest(
    Optional<String> version,
    Optional<String> width,
    Optional<String> format,
    Optional<String> crop) {

  /** The file as it is, no version named. */
  public static final FileRequest ORIGINAL =
      new FileRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Whether a rendition is asked for at all. */
  public boolean asksForRendition() {
    return width.isPresent() || format.isPresent() || crop.isPresent();
  }
}
