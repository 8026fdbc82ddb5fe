package no.ordna.cms.asset.storage;

import java.nio.file.Path;

/**
 * Bytes received but not yet live: their SHA-256 (hex), size, and a local file to inspect them
 * (detect the type, read the pixel size or the PDF's pages) before they are committed.
 */
public record StagedBlob(String hash, long size, Path file) {}
