package no.ordna.cms.web.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The access-log line of one request, kept in a request attribute from its arrival: written by the
 * edge when the request returns, or, for a request the work limit parked, once when it is finished
 * (on whatever thread finishes it), timed from its arrival.
 */
final class AccessLine {

  static final String ATTRIBUTE = AccessLine.class.getName();

  private final AccessLog log;
  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final long start;
  private final AtomicBoolean written = new AtomicBoolean();
  private volatile boolean deferred;

  AccessLine(AccessLog log, HttpServletRequest request, HttpServletResponse response, long start) {
    this.log = log;
    this.request = request;
    this.response = response;
    this.start = start;
  }

  /**
   * Writes the line when {@code parked} is finished rather than when the request returns to the
   * edge; to be called before anything can dispatch or complete it.
   */
  static void deferTo(HttpServletRequest request, AsyncContext parked) {
    if (request.getAttribute(ATTRIBUTE) instanceof AccessLine line) {
      line.deferred = true;
      parked.addListener(line.new WhenFinished());
    }
  }

  boolean deferred() {
    return deferred;
  }

  void write() {
    if (written.compareAndSet(false, true)) {
      log.write(AccessLog.line(request, response, System.nanoTime() - start));
    }
  }

  private final class WhenFinished implements AsyncListener {

    @Override
    public void onComplete(AsyncEvent event) {
      write();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // async again on a later dispatch: a listener must register anew to hear of its end
      event.getAsyncContext().addListener(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {}
  }
}
