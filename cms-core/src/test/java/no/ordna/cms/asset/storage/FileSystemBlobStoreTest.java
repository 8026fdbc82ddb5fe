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
import java.util.List;
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

  private static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
