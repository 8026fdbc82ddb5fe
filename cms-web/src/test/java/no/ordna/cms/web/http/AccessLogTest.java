package no.ordna.cms.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessLogTest {

  @Test
  void theLineHasMethodPathQueryStatusAndMillisecondsWithSecretValuesMasked() {
    HttpServletRequest request =
        fake(
            HttpServletRequest.class,
            Map.of(
                "getMethod", "GET",
                "getRequestURI", "/api/v1/manage/items",
                "getQueryString", "limit=1&access_token=abc&apiKey=x&Password=y&locale=se"));
    HttpServletResponse response = fake(HttpServletResponse.class, Map.of("getStatus", 200));

    String line = AccessLog.line(request, response, 1_234_567);

    assertEquals(
        "GET /api/v1/manage/items?limit=1&access_token=***&apiKey=***&Password=***&locale=se 200"
            + " 1.234ms",
        line);
  }

  @Test
  void aQueryWithoutSecretWordsIsLoggedAsItIs() {
    assertFalse(AccessLog.mayNameASecret("locale=nb&sort=-publishDate&limit=20"));
    assertTrue(AccessLog.mayNameASecret("x=1&AUTHORIZATION=2"));
    assertTrue(AccessLog.mayNameASecret("monkey=1"), "a false alarm only costs the regex");
    HttpServletRequest request =
        fake(
            HttpServletRequest.class,
            Map.of(
                "getMethod", "HEAD",
                "getRequestURI", "/api/v1/content/article",
                "getQueryString", "locale=nb"));
    HttpServletResponse response = fake(HttpServletResponse.class, Map.of("getStatus", 304));
    assertEquals(
        "HEAD /api/v1/content/article?locale=nb 304 0.005ms",
        AccessLog.line(request, response, 5_000));
  }

  @Test
  void linesAreWrittenWholeWithATimeStampWhenFlushedAndOnClose() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AccessLog log = new AccessLog(out);
    log.write("GET /a 200 0.100ms");
    log.write("GET /b 404 0.200ms");
    log.flush();
    String written = out.toString(StandardCharsets.UTF_8);
    String[] lines = written.split("\n", -1);
    assertEquals(3, lines.length, written);
    assertTrue(
        lines[0].matches("\\[\\d{4}-\\d\\d-\\d\\dT[^\\]]+Z\\] \\[access\\] GET /a 200 0.100ms"));
    assertTrue(lines[1].endsWith("[access] GET /b 404 0.200ms"));
    assertEquals("", lines[2]);

    log.write("GET /c 200 0.300ms");
    log.close();
    assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("[access] GET /c 200 0.300ms\n"));
  }

  @Test
  void aFullBatchIsWrittenWithoutWaitingForTheTimer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AccessLog log = new AccessLog(out);
    String line = "GET /" + "x".repeat(200) + " 200 0.100ms";
    for (int i = 0; i < 200; i++) {
      log.write(line);
    }
    String written = out.toString(StandardCharsets.UTF_8);
    assertTrue(written.length() >= 32 * 1024, "written: " + written.length());
    assertTrue(written.endsWith("\n"), "only whole lines");
    log.close();
  }

  @SuppressWarnings("unchecked")
  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> answers.get(method.getName()));
  }
}
