package no.ordna.cms.web.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.ordna.cms.api.problem.Problem;
import no.ordna.cms.api.problem.Problems;
import no.ordna.cms.shared.TooLargeException;

/**
 * Refuses API request bodies over {@code cms.http.max-body-bytes} (default 1 MiB) with 413: at once
 * when Content-Length says so, and while reading when a chunked body grows too large. Asset uploads
 * ({@code POST /api/v1/manage/assets}) have their own limit, {@code cms.assets.max-bytes} plus room
 * for the multipart fields; the asset store counts the file's own bytes as they arrive.
 */
final class BodySizeLimit {

  private static final long MULTIPART_ROOM = 1024 * 1024;

  private final long maxBytes;
  private final long maxAssetBytes;

  BodySizeLimit(long maxBytes, long maxAssetBytes) {
    this.maxBytes = maxBytes;
    this.maxAssetBytes = maxAssetBytes;
  }

  /**
   * The request to go on with (wrapped to count a body of unknown length), or null when it was
   * refused here with 413 because its declared length is over the limit.
   */
  HttpServletRequest admit(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    long declared = request.getContentLengthLong();
    boolean upload = "POST".equals(request.getMethod()) && path.equals("/api/v1/manage/assets");
    long limit = upload ? maxAssetBytes + MULTIPART_ROOM : maxBytes;
    if (declared > limit) {
      response.setHeader("Connection", "close");
      Problems.write(
          response,
          new Problem(
              413,
              "body-too-large",
              "Content too large",
              "The request body exceeds the limit of " + limit + " bytes",
              List.of(),
              Map.of("limitBytes", limit),
              Map.of()));
      return null;
    }
    return declared >= 0 ? request : new Limited(request, limit);
  }

  /** Counts the bytes of a body of unknown length and stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long count;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      count += n;
      if (count > limit) {
        throw new IOException(new TooLargeException(limit));
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
