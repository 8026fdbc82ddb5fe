package no.ordna.cms.platform.outbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes outbound HTTP calls for webhooks and cache purges: only to addresses {@link OutboundPolicy}
 * permits (judged on what the host resolves to as the call connects, and only those addresses are
 * connected to), never following redirects, never retrying by itself, reading at most {@link
 * #EXCERPT_BYTES} bytes of an answer, and giving up after {@code cms.outbound.timeout} (env {@code
 * CMS_OUTBOUND_TIMEOUT}, default 10 s) in all, however slowly the other side trickles bytes.
 */
@ApplicationScoped
public class OutboundHttp {

  /** How much of an answer is read (and kept in the delivery log). */
  public static final int EXCERPT_BYTES = 1024;

  @Inject OutboundPolicy policy;

  @Inject
  @ConfigProperty(name = "cms.outbound.timeout", defaultValue = "PT10S")
  Duration timeout;

  private CloseableHttpClient client;
  private ScheduledExecutorService deadlines;

  @PostConstruct
  void open() {
    Timeout limit = Timeout.ofMilliseconds(timeout.toMillis());
    client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new CheckingResolver(policy))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(limit)
                            .setSocketTimeout(limit)
                            .setTimeToLive(Timeout.ofMinutes(1))
                            .build())
                    .setMaxConnTotal(64)
                    .setMaxConnPerRoute(8)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(limit)
                    .setConnectionRequestTimeout(limit)
                    .build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .setUserAgent("Ordna-CMS")
            .build();
    deadlines =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "outbound-deadlines");
              thread.setDaemon(true);
              return thread;
            });
  }

  @PreDestroy
  void close() {
    deadlines.shutdownNow();
    client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
  }

  /** The call's total time limit. */
  public Duration timeout() {
    return timeout;
  }

  /** Makes the call; never throws for what happens on the network (it is in the response). */
  public OutboundResponse send(OutboundRequest request) {
    long start = System.nanoTime();
    HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
    request.headers().forEach(http::setHeader);
    if (request.body() != null) {
      http.setEntity(new ByteArrayEntity(request.body(), ContentType.parse(request.contentType())));
    }
    ScheduledFuture<?> deadline =
        deadlines.schedule(http::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try (ClassicHttpResponse response = client.executeOpen(null, http, null)) {
      String excerpt = excerpt(response.getEntity());
      return new OutboundResponse(response.getCode(), millisSince(start), excerpt, null);
    } catch (RefusedHost e) {
      return new OutboundResponse(0, millisSince(start), null, e.getMessage());
    } catch (InterruptedIOException e) {
      return new OutboundResponse(
          0, millisSince(start), null, "no answer within " + timeout.toMillis() + " ms");
    } catch (IOException | RuntimeException e) {
      String message =
          http.isCancelled()
              ? "no answer within " + timeout.toMillis() + " ms"
              : e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new OutboundResponse(0, millisSince(start), null, message);
    } finally {
      deadline.cancel(false);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The first bytes of the answer as text (cut at a whole character), or null when empty. */
  static String excerpt(HttpEntity entity) throws IOException {
    if (entity == null) {
      return null;
    }
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return null;
      }
      byte[] bytes = in.readNBytes(EXCERPT_BYTES);
      return bytes.length == 0 ? null : text(bytes);
    }
  }

  static String text(byte[] bytes) {
    for (int end = bytes.length; end > Math.max(0, bytes.length - 4); end--) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Arrays.copyOf(bytes, end)))
            .toString();
      } catch (CharacterCodingException e) {
        // a character cut in two at the end, or not UTF-8 at all
      }
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** A host whose addresses the policy refuses. */
  static final class RefusedHost extends UnknownHostException {
    RefusedHost(String message) {
      super(message);
    }
  }

  /** Resolves as the system does, then keeps only the addresses the policy permits. */
  static final class CheckingResolver implements DnsResolver {

    private final OutboundPolicy policy;

    CheckingResolver(OutboundPolicy policy) {
      this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      InetAddress[] all = SystemDefaultDnsResolver.INSTANCE.resolve(host);
      try {
        return policy.permitted(host, all);
      } catch (OutboundRefusedException e) {
        throw new RefusedHost(e.getMessage());
      }
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
      return Arrays.stream(resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }
  }
}
