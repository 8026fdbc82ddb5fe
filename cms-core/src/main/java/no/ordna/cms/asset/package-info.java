/**
 * Assets: uploaded PDF documents and images that content refers to by id. {@link
 * no.ordna.cms.asset.domain.Asset} is the aggregate root: the shared facts of one upload (original
 * file name, size, type detected from the bytes, pixel size or PDF page count and title, focal
 * point) and its texts per locale ({@link no.ordna.cms.asset.domain.AssetTexts}: title, alt text,
 * caption, credit, licence). The bytes live in a {@link no.ordna.cms.asset.storage.BlobStore},
 * addressed by their SHA-256, so identical bytes are stored once; resized renditions of images are
 * made once and kept beside them. Which published content uses an asset is recorded by the
 * publishing feature ({@code snapshot_asset}); that decides who may fetch it and whether it may be
 * deleted.
 */
package no.ordna.cms.asset;
