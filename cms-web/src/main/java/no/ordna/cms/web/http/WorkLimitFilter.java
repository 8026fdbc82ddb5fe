package no.ordna.cms.web.http;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.ordna.cms.api.problem.Problem;
import no.ordna.cms.api.problem.Problems;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps requests that may wait on the database from holding every HTTP worker thread, so that
 * cached delivery reads, probes and the editorial app's files are still served while the database
 * is slow or gone, or while publishes queue on a lock.
 *
 * <p>It sees what may wait on the database: the API (but not its documentation page) and the
 * sitemap, after the delivery cache has answered what it holds (a cache hit never comes here). At
 * most {@code cms.http.threads} minus {@link #RESERVE} of them (at least one) run at once; the next
 * ones are parked with Servlet async, holding no thread, and dispatched again in the order they
 * came when a permit frees. A request is turned away with a 503 problem ({@code
 * urn:ordna:problem:busy}, with {@code Retry-After}) when {@code cms.http.queue.max-requests}
 * (default 200) are parked already, or when it has been parked for {@code cms.http.queue.max-wait}
 * (default 15 s: longer than a request waits on a database that stopped answering, so a request
 * parked behind such requests gets its turn when they give up).
 *
 * <p>{@code cms.http.threads} is the size of the HTTP worker pool, set by the launcher from {@code
 * CMS_HTTP_THREADS}; where the server was started otherwise, the launcher's default for this
 * machine (three per core, at least six) is assumed.
 */
@WebFilter(
    urlPatterns = {"/api/*", "/sitemap.xml"},
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class WorkLimitFilter extends HttpFilter {

  /** Worker threads kept for what never waits on the database (cache hits, probes, files). */
  static final int RESERVE = 2;

  /** Set while a request holds a permit (on the dispatch that runs it). */
  private static final String PERMIT = WorkLimitFilter.class.getName() + ".permit";

  /** Set on a parked request that was handed a permit, for the dispatch that wakes it. */
  private static final String HANDED = WorkLimitFilter.class.getName() + ".handed";

  private static final long RETRY_AFTER_SECONDS = 5;
  private static final Logger LOG = Logger.getLogger(WorkLimitFilter.class.getName());

  @Inject Instance<RequestContextController> requestContexts;

  private WorkLimit<Ticket> limit;
  private Duration maxWait;
  private ScheduledExecutorService sweeper;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    int threads =
        config
            .getOptionalValue("cms.http.threads", Integer.class)
            .orElse(Math.max(6, 3 * Runtime.getRuntime().availableProcessors()));
    int maxParked =
        config.getOptionalValue("cms.http.queue.max-requests", Integer.class).orElse(200);
    maxWait =
        config
            .getOptionalValue("cms.http.queue.max-wait", String.class)
            .map(Duration::parse)
            .orElse(Duration.ofSeconds(15));
    limit = new WorkLimit<>(permits(threads), maxParked, maxWait, System::nanoTime);
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "cms-work-limit");
              thread.setDaemon(true);
              return thread;
            });
    long period = Math.max(50, Math.min(1000, maxWait.toMillis() / 10));
    sweeper.scheduleAtFixedRate(this::turnAwayExpired, period, period, TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            "requests that may wait on the database: "
                + limit.permits()
                + " at once of "
                + threads
                + " worker threads; up to "
                + maxParked
                + " parked for up to "
                + maxWait);
  }

  /** How many may run at once with a pool of {@code threads}. */
  static int permits(int threads) {
    return Math.max(1, threads - RESERVE);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(PERMIT) != null || !limited(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getDispatcherType() == DispatcherType.ASYNC
        && request.getAttribute(HANDED) instanceof Ticket ticket) {
      request.removeAttribute(HANDED);
      if (ticket.takePermit()) {
        runWokenHoldingPermit(request, response, chain);
        return;
      }
    }
    if (limit.tryEnter()) {
      runHoldingPermit(request, response, chain);
      return;
    }
    if (!request.isAsyncSupported()) {
      // cannot be parked without holding its thread: never the case for the API and the sitemap
      busy(response, "The server is busy and cannot queue this request");
      return;
    }
    AsyncContext context = request.startAsync();
    // a safety net only: the sweeper turns parked requests away after maxWait
    context.setTimeout(maxWait.plusSeconds(30).toMillis());
    Ticket ticket = new Ticket(context);
    context.addListener(ticket);
    AccessLine.deferTo(request, context);
    switch (limit.park(ticket)) {
      case ENTERED -> {
        if (!ticket.wake()) {
          release();
        }
      }
      case PARKED -> {}
      case FULL -> turnAway(ticket, "Too many requests are waiting");
    }
  }

  private static boolean limited(HttpServletRequest request) {
    String path = request.getServletPath();
    return !(path.equals("/api/docs") || path.startsWith("/api/docs/"));
  }

  /**
   * Runs a parked request that was handed a permit, on the container's async dispatch: that fires
   * no request listeners, so CDI's request context (request-scoped resources) is activated here.
   */
  private void runWokenHoldingPermit(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RequestContextController context = requestContexts.get();
    boolean activated = context.activate();
    try {
      runHoldingPermit(request, response, chain);
    } finally {
      if (activated) {
        context.deactivate();
      }
      requestContexts.destroy(context);
    }
  }

  private void runHoldingPermit(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(PERMIT, Boolean.TRUE);
    try {
      chain.doFilter(request, response);
    } finally {
      request.removeAttribute(PERMIT);
      release();
    }
  }

  /** Gives a permit back, handing it to the oldest parked request that can still take it. */
  private void release() {
    Ticket next = limit.leave();
    while (next != null && !next.wake()) {
      next = limit.leave();
    }
  }

  private void turnAwayExpired() {
    for (Ticket expired : limit.expire()) {
      turnAway(expired, "The request waited too long for its turn");
    }
  }

  private static void turnAway(Ticket ticket, String detail) {
    try {
      busy((HttpServletResponse) ticket.context.getResponse(), detail);
      ticket.context.complete();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "a parked request could not be turned away", e);
    }
  }

  private static void busy(HttpServletResponse response, String detail) throws IOException {
    Problems.write(
        response,
        new Problem(
            503,
            "busy",
            "Service busy",
            detail + "; try again shortly",
            List.of(),
            Map.of(),
            Map.of("Retry-After", Long.toString(RETRY_AFTER_SECONDS))));
  }

  /**
   * A parked request. Once handed a permit, exactly one party uses or returns that permit: the
   * dispatch that runs it, or, if it ended before that dispatch could run (its client left, the
   * container gave up on it), its completion — so no permit is ever lost or returned twice.
   */
  private final class Ticket implements AsyncListener {

    private final AsyncContext context;
    private volatile boolean handed;
    private final AtomicBoolean settled = new AtomicBoolean();

    Ticket(AsyncContext context) {
      this.context = context;
    }

    /**
     * Dispatches the request, which holds a permit now. False when it cannot run any more and the
     * caller is to pass the permit on.
     */
    boolean wake() {
      handed = true;
      try {
        context.getRequest().setAttribute(HANDED, this);
        context.dispatch();
        return true;
      } catch (IllegalStateException e) {
        // completed meanwhile; whoever settles first passes the permit on
        return !settled.compareAndSet(false, true);
      }
    }

    /** For the dispatch: whether it may run on the permit handed over (exactly once). */
    boolean takePermit() {
      return settled.compareAndSet(false, true);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      if (limit.withdraw(this)) {
        turnAway(this, "The request waited too long for its turn");
      }
    }

    @Override
    public void onError(AsyncEvent event) {
      limit.withdraw(this);
    }

    @Override
    public void onComplete(AsyncEvent event) {
      limit.withdraw(this);
      if (handed && settled.compareAndSet(false, true)) {
        release();
      }
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}
  }

  @Override
  public void destroy() {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
  }
}
