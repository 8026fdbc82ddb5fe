package no.ordna.cms.contenttype.domain;

/**
 * An asset id found while checking field values, to be resolved against stored assets: where it
 * sits and which asset it names.
 */
public record AssetCheck(String path, String assetId) {}
