package no.ordna.cms.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

  @Test
  void signsTheSpecificationsExampleAsItsLibrariesDo() {
    // the example message of the Standard Webhooks specification and its reference libraries
    String signature =
        WebhookSecret.sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330L,
            "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
  }

  @Test
  void aNewSecretIsWhsecAndThirtyTwoRandomBytes() {
    String one = WebhookSecret.generate();
    String two = WebhookSecret.generate();
    assertTrue(one.startsWith("whsec_"));
    assertEquals(32, Base64.getDecoder().decode(one.substring(6)).length);
    assertNotEquals(one, two);
  }
}
