/**
 * Compressed forms of answers: {@link no.ordna.cms.shared.compression.ContentCoding} (identity,
 * gzip, Brotli) and {@link no.ordna.cms.shared.compression.Compression}, which makes them once so
 * that a cached answer costs no compression when it is sent.
 */
package no.ordna.cms.shared.compression;
