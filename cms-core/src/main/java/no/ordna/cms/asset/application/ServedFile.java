package no.ordna.cms.asset.application;

import java.time.Instant;

/**
 * What the asset URL answers, decided here and written by the HTTP layer: the blob to stream and
 * the headers that go with it.
 */
public record ServedFile(
    String assetId,
    String key,
    String mediaType,
    long size,
    String etag,
    String cacheControl,
    String contentDisposition,
    Instant lastModified) {}
