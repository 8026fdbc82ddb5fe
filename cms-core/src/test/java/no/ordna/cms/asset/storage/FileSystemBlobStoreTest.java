package no.ordna.cms.asset.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.ordna.cms.shared.TooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system store: round trips, one copy per content, and no partial file ever live. */
class FileSystemBlobStoreTest {

  @TempDir Path dir;

  private static final byte[] HELLO = "hei verden".getBytes(StandardCharsets.UTF_8);

  @Test
  void stagedBytesBecomeLiveUnderTheirHashAndReadBackInRanges() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob staged = store.stage(new ByteArrayInputStream(HELLO), 1000);
    assertEquals(HELLO.length, staged.size());
    assertEquals(64, staged.hash().length());

    store.commit(staged);

    String key = BlobStore.originalKey(staged.hash());
    assertEquals(HELLO.length, store.size(key).orElseThrow());
    try (InputStream in = store.open(key, 4, 6)) {
      assertArrayEquals("verden".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    assertEquals(List.of(), files(dir.resolve("tmp")));
  }

  @Test
  void identicalBytesAreStoredOnce() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob first = store.stage(new ByteArrayInputStream(HELLO), 1000);
    store.commit(first);
    StagedBlob second = store.stage(new ByteArrayInputStream(HELLO), 1000);
    store.commit(second);

    assertEquals(first.hash(), second.hash());
    assertEquals(1, files(dir.resolve("originals")).size());
    assertEquals(List.of(), files(dir.resolve("tmp")));
  }

  @Test
  void anUploadThatBreaksOffLeavesNoFileAnywhere() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    InputStream breaksMidway =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ > 100_000) {
              throw new IOException("connection reset by peer");
            }
            return 'x';
          }
        };

    assertThrows(IOException.class, () -> store.stage(breaksMidway, 10_000_000));

    assertEquals(List.of(), files(dir.resolve("tmp")));
    assertTrue(files(dir).isEmpty(), "files: " + files(dir));
  }

  @Test
  void anOversizedUploadIsRefusedAtTheLimitAndLeavesNothing() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    InputStream endless =
        new InputStream() {
          long read;

          @Override
          public int read() {
            read++;
            return 'y';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            read += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'y');
            return len;
          }
        };

    assertThrows(TooLargeException.class, () -> store.stage(endless, 200_000));

    assertTrue(files(dir).isEmpty(), "files: " + files(dir));
  }

  @Test
  void aCrashBetweenWritingAndRenamingLeavesOnlyAStagingFileThatNoKeyNames() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob staged = store.stage(new ByteArrayInputStream(HELLO), 1000);
    // the process dies here: neither commit nor discard runs

    assertTrue(store.size(BlobStore.originalKey(staged.hash())).isEmpty());
    FileSystemBlobStore restarted = new FileSystemBlobStore(dir);
    assertTrue(restarted.size(BlobStore.originalKey(staged.hash())).isEmpty());
  }

  @Test
  void putReplacesAtomicallyAndDeleteRemovesATree() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    store.put("renditions/abc/w320.jpeg", HELLO);
    store.put("renditions/abc/w320.jpeg", "ny".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, store.size("renditions/abc/w320.jpeg").orElseThrow());

    store.delete("renditions/abc");

    assertTrue(store.size("renditions/abc/w320.jpeg").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> store.size("../outside"));
    assertThrows(IllegalArgumentException.class, () -> store.size("tmp/x.part"));
  }

  private static final Instant NOW = Instant.now();
  private static final Instant CUTOFF = NOW.minus(Duration.ofHours(1));

  private static void age(Path path) throws IOException {
    Files.setLastModifiedTime(path, FileTime.from(NOW.minus(Duration.ofHours(2))));
  }

  private StagedBlob live(FileSystemBlobStore store, byte[] bytes) throws IOException {
    StagedBlob staged = store.stage(new ByteArrayInputStream(bytes), 1000);
    store.commit(staged);
    return staged;
  }

  @Test
  void theSweepRemovesOldBytesThatNoAssetHoldsAndKeepsThoseAnAssetHolds() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob orphan = live(store, HELLO);
    StagedBlob held = live(store, "holdt".getBytes(StandardCharsets.UTF_8));
    age(dir.resolve(BlobStore.originalKey(orphan.hash())));
    age(dir.resolve(BlobStore.originalKey(held.hash())));
    Set<Set<String>> asked = new HashSet<>();

    BlobStore.SweepResult result =
        store.sweep(
            CUTOFF,
            hashes -> {
              asked.add(hashes);
              return hashes.contains(held.hash()) ? Set.of(held.hash()) : Set.of();
            });

    assertEquals(new BlobStore.SweepResult(1, 0, 0), result);
    assertTrue(store.size(BlobStore.originalKey(orphan.hash())).isEmpty());
    assertEquals(5, store.size(BlobStore.originalKey(held.hash())).orElseThrow());
    assertEquals(Set.of(Set.of(orphan.hash(), held.hash())), asked);
  }

  @Test
  void bytesMadeLiveAfterTheCutoffStayThoughNoAssetHoldsThemYet() throws IOException {
    // another instance sharing the store has committed the bytes and is about to commit the row
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob inFlight = live(store, HELLO);

    BlobStore.SweepResult result = store.sweep(CUTOFF, hashes -> Set.of());

    assertEquals(0, result.total());
    assertTrue(store.size(BlobStore.originalKey(inFlight.hash())).isPresent());
  }

  @Test
  void storingBytesThatAreAlreadyThereMakesThemYoungAgainForTheSweep() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob first = live(store, HELLO);
    age(dir.resolve(BlobStore.originalKey(first.hash())));

    live(store, HELLO); // a new upload of the same bytes, its row not committed yet

    assertEquals(0, store.sweep(CUTOFF, hashes -> Set.of()).total());
    assertTrue(store.size(BlobStore.originalKey(first.hash())).isPresent());
  }

  @Test
  void renditionsOfBytesNoAssetHoldsGoAsASetUnlessOneOfThemIsYoung() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    String gone = "a".repeat(64);
    String busy = "b".repeat(64);
    store.put("renditions/" + gone + "/w320.jpeg", HELLO);
    store.put("renditions/" + gone + "/w640.jpeg", HELLO);
    store.put("renditions/" + busy + "/w320.jpeg", HELLO);
    store.put("renditions/" + busy + "/w640.jpeg", HELLO);
    for (Path p : List.of(dir.resolve("renditions/" + gone), dir.resolve("renditions/" + busy))) {
      try (Stream<Path> tree = Files.walk(p)) {
        for (Path f : tree.toList()) {
          age(f);
        }
      }
    }
    store.put("renditions/" + busy + "/w640.jpeg", HELLO); // made again just now
    Files.setLastModifiedTime(
        dir.resolve("renditions/" + busy), FileTime.from(NOW.minusSeconds(7200)));

    BlobStore.SweepResult result = store.sweep(CUTOFF, hashes -> Set.of());

    assertEquals(new BlobStore.SweepResult(0, 1, 0), result);
    assertTrue(Files.notExists(dir.resolve("renditions/" + gone)));
    assertTrue(store.size("renditions/" + busy + "/w320.jpeg").isPresent());
  }

  @Test
  void staleStagingFilesGoAndOnesStillBeingWrittenStay() throws IOException {
    FileSystemBlobStore store = new FileSystemBlobStore(dir);
    StagedBlob stale = store.stage(new ByteArrayInputStream(HELLO), 1000);
    age(stale.file());
    StagedBlob writing = store.stage(new ByteArrayInputStream(HELLO), 1000);

    BlobStore.SweepResult result = store.sweep(CUTOFF, hashes -> hashes);

    assertEquals(new BlobStore.SweepResult(0, 0, 1), result);
    assertTrue(Files.notExists(stale.file()));
    assertTrue(Files.exists(writing.file()));
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
