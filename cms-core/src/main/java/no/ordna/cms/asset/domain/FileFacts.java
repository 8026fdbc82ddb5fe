package no.ordna.cms.asset.domain;

/**
 * What inspecting an upload's bytes found: its SHA-256, size and detected type, the pixel size of
 * an image, the page count and embedded title of a PDF (absent members are null).
 */
public record FileFacts(
    String contentHash,
    long size,
    FileType type,
    Integer width,
    Integer height,
    Integer pageCount,
    String pdfTitle) {}
