package no.ordna.cms.web.it.support;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc}: the socket inodes among
 * the process's file descriptors, matched with the listening rows of {@code /proc/net/tcp} and
 * {@code tcp6}. Needs no installed tool (unlike {@code ss}), so a test using it never skips.
 */
public final class ListeningSockets {

  private static final String LISTEN = "0A";

  private ListeningSockets() {}

  /** "address:port" of every listening socket of the machine (of this network namespace). */
  public static List<String> all() throws IOException {
    return listening(null);
  }

  /** "address:port" of each listening socket of the process, sorted. */
  public static List<String> of(long pid) throws IOException {
    return listening(inodes(pid));
  }

  /**
   * Whether one of the process's TCP sockets (listening or connected) has {@code port} as its local
   * port: tells which process a database connection seen from the server's side comes from.
   */
  public static boolean ownsLocalPort(long pid, int port) throws IOException {
    Set<String> inodes = inodes(pid);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      List<String> rows = Files.readAllLines(path);
      for (String line : rows.subList(1, rows.size())) {
        String[] columns = line.trim().split("\\s+");
        if (columns.length > 9
            && inodes.contains(columns[9])
            && Integer.parseInt(columns[1].substring(columns[1].indexOf(':') + 1), 16) == port) {
          return true;
        }
      }
    }
    return false;
  }

  /** The inodes of the process's sockets, from its file descriptors. */
  private static Set<String> inodes(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while we read the directory
        }
      }
    }
    return inodes;
  }

  private static List<String> listening(Set<String> inodes) throws IOException {
    List<String> listening = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path path = Path.of(table);
      if (!Files.exists(path)) {
        continue;
      }
      List<String> rows = Files.readAllLines(path);
      for (String line : rows.subList(1, rows.size())) {
        String[] columns = line.trim().split("\\s+");
        if (columns.length > 9
            && columns[3].equals(LISTEN)
            && (inodes == null || inodes.contains(columns[9]))) {
          listening.add(address(columns[1]));
        }
      }
    }
    listening.sort(null);
    return listening;
  }

  /** "0100007F:1F90" (little-endian words) → "127.0.0.1:8080"; IPv6 as its hex groups. */
  static String address(String hex) {
    String[] parts = hex.split(":");
    int port = Integer.parseInt(parts[1], 16);
    String host = parts[0];
    if (host.length() == 8) {
      long value = Long.parseLong(host, 16);
      return (value & 0xff)
          + "."
          + ((value >> 8) & 0xff)
          + "."
          + ((value >> 16) & 0xff)
          + "."
          + ((value >> 24) & 0xff)
          + ":"
          + port;
    }
    StringBuilder v6 = new StringBuilder("[");
    for (int word = 0; word < 4; word++) {
      String w = host.substring(word * 8, word * 8 + 8);
      // each 32-bit word is little-endian
      String be = w.substring(6, 8) + w.substring(4, 6) + w.substring(2, 4) + w.substring(0, 2);
      v6.append(be, 0, 4).append(':').append(be, 4, 8);
      v6.append(word < 3 ? ":" : "]");
    }
    return v6 + ":" + port;
  }
}
