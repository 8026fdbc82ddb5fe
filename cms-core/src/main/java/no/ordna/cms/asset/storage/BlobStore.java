package no.ordna.cms.asset.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where asset bytes live: originals under their SHA-256 ({@link #originalKey}) and renditions under
 * {@code renditions/<hash>/<name>}. The one seam for another store (an S3-compatible bucket):
 * nothing outside this package knows files or paths of live blobs.
 *
 * <p>Invariant: a key is either absent or holds complete bytes. Writing goes through a staging area
 * and becomes visible under its key in one atomic step, so a crash or a failed upload never leaves
 * a partial file under a live key.
 */
public interface BlobStore {

  /**
   * Streams {@code in} into the staging area while hashing it, reading at most {@code maxBytes}: a
   * longer stream fails with {@link no.ordna.cms.shared.TooLargeException} and leaves nothing
   * behind, as does any failure of the stream. The caller must {@link #commit} or {@link #discard}
   * the result.
   */
  StagedBlob stage(InputStream in, long maxBytes) throws IOException;

  /**
   * Makes a staged blob live under {@link #originalKey} of its hash (keeping the bytes already
   * there when the same content was stored before) and releases the staging space.
   */
  void commit(StagedBlob staged) throws IOException;

  /** Drops a staged blob that will not be kept. Never fails. */
  void discard(StagedBlob staged);

  /** Stores complete bytes under a key, atomically replacing what was there. */
  void put(String key, byte[] bytes) throws IOException;

  /** The size of the blob under a key, if there is one. */
  Optional<Long> size(String key) throws IOException;

  /** Reads {@code length} bytes of a blob from {@code offset}. */
  InputStream open(String key, long offset, long length) throws IOException;

  /**
   * Removes a blob and, for a directory-like prefix such as {@code renditions/<hash>}, all under
   * it.
   */
  void delete(String key) throws IOException;

  /**
   * Removes what no asset holds any more and what a crash left behind: originals and rendition sets
   * whose hash {@code held} does not return, and staging files. Each only when it was last made
   * live or written before {@code cutoff}, so bytes another instance is about to give a row (it
   * commits the bytes first, then the row) are left alone.
   *
   * @param held given some hashes, answers those that a committed asset row holds
   */
  SweepResult sweep(Instant cutoff, UnaryOperator<Set<String>> held) throws IOException;

  /** What a {@link #sweep} removed. */
  record SweepResult(int originals, int renditionSets, int stagingFiles) {

    public int total() {
      return originals + renditionSets + stagingFiles;
    }
  }

  /** Where the original bytes of content with this SHA-256 (hex) live. */
  static String originalKey(String hash) {
    return "originals/" + hash.substring(0, 2) + "/" + hash;
  }

  /** Where the renditions of content with this hash live. */
  static String renditionsKey(String hash) {
    return "renditions/" + hash;
  }
}
