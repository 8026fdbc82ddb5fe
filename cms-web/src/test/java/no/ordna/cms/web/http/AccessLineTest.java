package no.ordna.cms.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessLineTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final AccessLog log = new AccessLog(out);
  private final Map<String, Object> attributes = new HashMap<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final List<AsyncListener> listeners = new ArrayList<>();

  private final HttpServletRequest request =
      fake(
          HttpServletRequest.class,
          (name, args) ->
              switch (name) {
                case "getMethod" -> "POST";
                case "getRequestURI" -> "/api/v1/manage/items";
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> null;
              });
  private final HttpServletResponse response =
      fake(
          HttpServletResponse.class,
          (name, args) -> name.equals("getStatus") ? status.get() : null);
  private final AsyncContext parked =
      fake(
          AsyncContext.class,
          (name, args) ->
              name.equals("addListener") ? listeners.add((AsyncListener) args[0]) : null);

  private AccessLine arrived() {
    AccessLine line = new AccessLine(log, request, response, System.nanoTime());
    request.setAttribute(AccessLine.ATTRIBUTE, line);
    return line;
  }

  private List<String> lines() {
    log.flush();
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private void finish() throws IOException {
    AsyncEvent event = new AsyncEvent(parked, request, response);
    for (AsyncListener listener : List.copyOf(listeners)) {
      listener.onComplete(event);
    }
  }

  @Test
  void aRequestThatWasNotParkedIsLoggedByTheEdge() {
    AccessLine line = arrived();

    assertFalse(line.deferred());
    line.write();
    assertEquals(1, lines().size());
  }

  @Test
  void aParkedRequestIsLoggedOnceWhenFinishedWithItsFinalStatus() throws IOException {
    AccessLine line = arrived();

    AccessLine.deferTo(request, parked);
    assertTrue(line.deferred(), "the edge leaves it");
    assertEquals(List.of(), lines());

    status.set(201);
    finish();
    finish();
    line.write();
    List<String> written = lines();
    assertEquals(1, written.size(), written.toString());
    assertTrue(written.get(0).contains("POST /api/v1/manage/items 201 "), written.get(0));
  }

  @Test
  void parkedAgainOnALaterDispatchItStillHearsOfItsEnd() throws IOException {
    arrived();
    AccessLine.deferTo(request, parked);
    AsyncListener first = listeners.remove(0);

    // the container forgets listeners on a new startAsync and tells them so
    first.onStartAsync(new AsyncEvent(parked, request, response));
    finish();

    assertEquals(1, lines().size());
  }

  @Test
  void withoutAnAccessLogNothingIsDeferred() {
    AccessLine.deferTo(request, parked);

    assertEquals(List.of(), listeners);
  }

  private interface Answers {
    Object answer(String method, Object[] args);
  }

  private static <T> T fake(Class<T> type, Answers answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Object answer = answers.answer(method.getName(), args);
              if (answer == null && method.getReturnType() == boolean.class) {
                return false;
              }
              if (answer == null && method.getReturnType() == int.class) {
                return 0;
              }
              return method.getReturnType() == void.class ? null : answer;
            }));
  }
}
