package no.ordna.cms.asset.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgSanitizerTest {

  private static String nested(int depth) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + "<g>".repeat(depth)
        + "<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>"
        + "</g>".repeat(depth)
        + "</svg>";
  }

  private static java.util.Optional<byte[]> sanitize(String svg) {
    return SvgSanitizer.sanitize(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDeeplyNestedDrawingIsCleanedAtEveryLevel() {
    String clean = new String(sanitize(nested(200)).orElseThrow(), StandardCharsets.UTF_8);

    assertTrue(clean.contains("<rect"), clean);
    assertFalse(clean.contains("onclick"), clean);
  }

  @Test
  void nestingBeyondTheLimitIsRefusedWithoutExhaustingTheStack() {
    assertTrue(sanitize(nested(100_000)).isEmpty());
  }

  @Test
  void scriptsAndForeignContentAreDropped() {
    String clean =
        new String(
            sanitize(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
                        + "<foreignObject><p>x</p></foreignObject><circle r=\"2\"/></svg>")
                .orElseThrow(),
            StandardCharsets.UTF_8);

    assertFalse(clean.contains("script"), clean);
    assertFalse(clean.contains("foreignObject"), clean);
    assertTrue(clean.contains("<circle"), clean);
  }
}
