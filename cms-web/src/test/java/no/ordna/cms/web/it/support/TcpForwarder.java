package no.ordna.cms.web.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay to the test database, so a test can take the database away from a server and
 * give it back on the same port. Two ways to take it away: {@link #cut()} closes the port and every
 * open connection (a database that is down: connections are refused), {@link #blackHole()} keeps
 * accepting connections but lets no byte through in either direction (a database host that stopped
 * answering: every wait on it lasts until the client's own timeout). It also counts the statements
 * clients send through it ({@link #statements()}), read from the MariaDB protocol's packets.
 */
public final class TcpForwarder implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private volatile int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;
  private volatile boolean blackHole;
  private final AtomicLong statements = new AtomicLong();

  private TcpForwarder(String targetHost, int targetPort, int port) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.port = port;
  }

  /**
   * Starts relaying a loopback port to {@code targetHost:targetPort}: the port the system gives
   * (bound here, so no other process can take it between choosing and listening).
   */
  public static TcpForwarder start(String targetHost, int targetPort) {
    TcpForwarder forwarder = new TcpForwarder(targetHost, targetPort, 0);
    forwarder.open();
    return forwarder;
  }

  public int port() {
    return port;
  }

  /**
   * How many statements clients have sent through the relay so far: the commands that run SQL
   * (COM_QUERY, COM_STMT_EXECUTE) at the start of the protocol's packets from client to server.
   */
  public long statements() {
    return statements.get();
  }

  /**
   * Accepts and relays connections again on the same port. Connections held in a black hole are
   * closed first (the host is back, but it forgot them), so their clients see them end.
   */
  public synchronized void open() {
    if (blackHole) {
      blackHole = false;
      dropConnections();
    }
    if (listener != null && !listener.isClosed()) {
      return;
    }
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      port = socket.getLocalPort();
      listener = socket;
      Thread acceptor = new Thread(() -> accept(socket), "tcp-forwarder-accept-" + port);
      acceptor.setDaemon(true);
      acceptor.start();
    } catch (IOException e) {
      throw new IllegalStateException("Could not listen on 127.0.0.1:" + port, e);
    }
  }

  /** Stops listening and drops every open connection: the database is gone for the client. */
  public synchronized void cut() {
    blackHole = false;
    closeQuietly(listener);
    dropConnections();
  }

  /**
   * Keeps the port open but relays nothing: new connections are accepted and never answered, open
   * ones carry no more bytes. {@link #open()} ends it.
   */
  public synchronized void blackHole() {
    blackHole = true;
  }

  private void dropConnections() {
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  @Override
  public void close() {
    cut();
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        if (blackHole) {
          continue; // held open, never answered, until open() or cut() drops it
        }
        Socket upstream = new Socket(targetHost, targetPort);
        sockets.add(upstream);
        pipe(client, upstream, new StatementCount(statements));
        pipe(upstream, client, null);
      } catch (IOException e) {
        // closed by cut(), or the target refused: the client sees its connection end
      }
    }
  }

  private void pipe(Socket from, Socket to, StatementCount count) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  while (blackHole && !from.isClosed()) {
                    Thread.sleep(20); // the bytes go nowhere while the host does not answer
                  }
                  if (count != null) {
                    count.read(buffer, n);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
              }
            },
            "tcp-forwarder-pipe-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Follows the packets of one client-to-server stream (a 3-byte length, a sequence number, the
   * payload) across reads, and counts each command packet (sequence 0) that runs SQL. Fine for a
   * connection without compression or TLS, as the test servers' are.
   */
  private static final class StatementCount {
    private static final int COM_QUERY = 0x03;
    private static final int COM_STMT_EXECUTE = 0x17;

    private final AtomicLong statements;
    private final byte[] header = new byte[5];
    private int headerRead;
    private long payloadLeft;

    StatementCount(AtomicLong statements) {
      this.statements = statements;
    }

    void read(byte[] bytes, int length) {
      int i = 0;
      while (i < length) {
        if (payloadLeft > 0) {
          int skip = (int) Math.min(payloadLeft, length - i);
          payloadLeft -= skip;
          i += skip;
          continue;
        }
        header[headerRead++] = bytes[i++];
        long payload = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        if (headerRead == 4 && payload == 0) {
          headerRead = 0; // an empty packet: no command byte follows
          continue;
        }
        if (headerRead < 5) {
          continue;
        }
        int sequence = header[3] & 0xff;
        int command = header[4] & 0xff;
        if (sequence == 0 && (command == COM_QUERY || command == COM_STMT_EXECUTE)) {
          statements.incrementAndGet();
        }
        headerRead = 0;
        payloadLeft = payload - 1; // the command byte was read with the header
      }
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // already closed
    }
  }
}
