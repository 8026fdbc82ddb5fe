package no.ordna.cms.asset.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.ordna.cms.shared.TooLargeException;

/**
 * A {@link BlobStore} in a local directory (by default {@code <CMS_DATA_DIR>/assets}). Every write
 * goes to {@code tmp/} on the same file system, is flushed to disk ({@code fsync}) and then renamed
 * atomically to its key, and the directory entry is flushed too: after a crash a key holds the
 * complete bytes or nothing. What a crash leaves besides (staging files, bytes whose asset row
 * never committed, renditions of deleted bytes) is removed by {@link #sweep}.
 */
public final class FileSystemBlobStore implements BlobStore {

  private static final int BUFFER = 64 * 1024;
  private static final int BATCH = 500;
  private static final java.util.regex.Pattern HASH =
      java.util.regex.Pattern.compile("[0-9a-f]{64}");

  private final Path root;
  private final Path staging;

  public FileSystemBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.staging = this.root.resolve("tmp");
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the asset store at " + this.root, e);
    }
  }

  public Path root() {
    return root;
  }

  @Override
  public StagedBlob stage(InputStream in, long maxBytes) throws IOException {
    Path file = staging.resolve(UUID.randomUUID() + ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        size += n;
        if (size > maxBytes) {
          throw new TooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new StagedBlob(HexFormat.of().formatHex(sha256.digest()), size, file);
  }

  @Override
  public void commit(StagedBlob staged) throws IOException {
    Path target = resolve(BlobStore.originalKey(staged.hash()));
    if (Files.exists(target) && Files.size(target) == staged.size()) {
      try {
        // made live again now: a sweep leaves bytes alone for a while after this
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        discard(staged);
        return;
      } catch (NoSuchFileException e) {
        // removed meanwhile (a sweep, or the last asset with these bytes deleted): store them anew
      }
    }
    moveIntoPlace(staged.file(), target);
    Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
  }

  @Override
  public void discard(StagedBlob staged) {
    try {
      Files.deleteIfExists(staged.file());
    } catch (IOException e) {
      // a leftover staging file is removed at a later start
    }
  }

  @Override
  public void put(String key, byte[] bytes) throws IOException {
    Path file = staging.resolve(UUID.randomUUID() + ".part");
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      OutputStream out = Channels.newOutputStream(channel);
      out.write(bytes);
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    moveIntoPlace(file, resolve(key));
  }

  @Override
  public Optional<Long> size(String key) throws IOException {
    Path file = resolve(key);
    return Files.isRegularFile(file) ? Optional.of(Files.size(file)) : Optional.empty();
  }

  @Override
  public InputStream open(String key, long offset, long length) throws IOException {
    FileChannel channel = FileChannel.open(resolve(key), StandardOpenOption.READ);
    channel.position(offset);
    return new BoundedInputStream(Channels.newInputStream(channel), length);
  }

  @Override
  public void delete(String key) throws IOException {
    Path path = resolve(key);
    if (Files.isDirectory(path)) {
      try (Stream<Path> tree = Files.walk(path)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } else {
      Files.deleteIfExists(path);
    }
  }

  private void moveIntoPlace(Path file, Path target) throws IOException {
    try {
      Files.createDirectories(target.getParent());
      try {
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        Files.move(
            file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the asset store needs atomic renames within " + root, e);
      }
      syncDirectory(target.getParent());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Flushes a directory's entries, so a rename survives a crash (a no-op where unsupported). */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not every platform can open a directory for syncing
    }
  }

  private Path resolve(String key) {
    if (!key.matches("[A-Za-z0-9][A-Za-z0-9._/-]*") || key.contains("..")) {
      throw new IllegalArgumentException("not a blob key: " + key);
    }
    Path path = root.resolve(key).normalize();
    if (!path.startsWith(root) || path.startsWith(staging)) {
      throw new IllegalArgumentException("not a blob key: " + key);
    }
    return path;
  }

  @Override
  public SweepResult sweep(Instant cutoff, UnaryOperator<Set<String>> held) throws IOException {
    int stagingFiles = 0;
    try (Stream<Path> files = Files.list(staging)) {
      for (Path file : files.toList()) {
        if (olderThan(file, cutoff) && Files.deleteIfExists(file)) {
          stagingFiles++;
        }
      }
    }
    // originals/<2>/<hash>: candidates are the old ones; then the database says which are held
    Map<String, Path> originals = new LinkedHashMap<>();
    Path originalsRoot = root.resolve("originals");
    if (Files.isDirectory(originalsRoot)) {
      try (Stream<Path> files = Files.walk(originalsRoot, 2)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String hash = file.getFileName().toString();
          if (HASH.matcher(hash).matches() && olderThan(file, cutoff)) {
            originals.put(hash, file);
          }
        }
      }
    }
    int removedOriginals = removeUnheld(originals, cutoff, held);
    // renditions/<hash>/<name>: a set is as young as its newest file
    Map<String, Path> renditions = new LinkedHashMap<>();
    Path renditionsRoot = root.resolve("renditions");
    if (Files.isDirectory(renditionsRoot)) {
      try (Stream<Path> sets = Files.list(renditionsRoot)) {
        for (Path set : sets.filter(Files::isDirectory).toList()) {
          String hash = set.getFileName().toString();
          if (HASH.matcher(hash).matches() && olderThan(set, cutoff)) {
            renditions.put(hash, set);
          }
        }
      }
    }
    int removedRenditions = removeUnheld(renditions, cutoff, held);
    return new SweepResult(removedOriginals, removedRenditions, stagingFiles);
  }

  private int removeUnheld(
      Map<String, Path> candidates, Instant cutoff, UnaryOperator<Set<String>> held)
      throws IOException {
    int removed = 0;
    List<String> hashes = List.copyOf(candidates.keySet());
    for (int from = 0; from < hashes.size(); from += BATCH) {
      Set<String> batch =
          new HashSet<>(hashes.subList(from, Math.min(hashes.size(), from + BATCH)));
      batch.removeAll(held.apply(Set.copyOf(batch)));
      for (String hash : batch) {
        Path path = candidates.get(hash);
        // looked at again just before: an upload of the same bytes may have made them live again
        if (olderThan(path, cutoff)) {
          delete(root.relativize(path).toString().replace('\\', '/'));
          syncDirectory(path.getParent());
          removed++;
        }
      }
    }
    return removed;
  }

  /** Whether a file, or a directory and everything in it, was last written before the cutoff. */
  private static boolean olderThan(Path path, Instant cutoff) throws IOException {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> tree = Files.walk(path)) {
          for (Path p : tree.toList()) {
            if (!Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
              return false;
            }
          }
        }
        return true;
      }
      return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
    } catch (NoSuchFileException e) {
      return false; // gone meanwhile: nothing to remove
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
