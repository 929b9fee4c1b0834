package org.herald.channel.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.herald.channel.SendOutcome.Kind;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {

  @Test
  void twoHundredsDeliverRetryableStatusesAreTransientOthersPermanent() {
    assertEquals(Kind.DELIVERED, WebhookChannel.outcome(204, "").kind());
    assertEquals(Kind.TRANSIENT_FAILURE, WebhookChannel.outcome(429, "slow down").kind());
    assertEquals(Kind.TRANSIENT_FAILURE, WebhookChannel.outcome(503, null).kind());
    assertEquals(Kind.TRANSIENT_FAILURE, WebhookChannel.outcome(408, null).kind());
    assertEquals(Kind.PERMANENT_FAILURE, WebhookChannel.outcome(410, "gone").kind());
    assertEquals("HTTP_410", WebhookChannel.outcome(410, "gone").code());
    assertEquals("HTTP 410: gone", WebhookChannel.outcome(410, "gone").reply());
  }

  @Test
  void theSignatureIsTheHmacOfTheTimeAndTheBody() {
    byte[] body = "{\"communication\":\"CM000001\"}".getBytes(StandardCharsets.UTF_8);
    // Computed independently: printf '1700000000.<body>' | openssl dgst -sha256 -hmac secret
    String expected = "8c7c72cf0ca1497366255d74e17637512d5c68240dd233c75e895937ebb3adcc";
    assertEquals(expected, WebhookSignature.sign("secret", 1_700_000_000L, body));
    assertEquals(
        "t=1700000000,v1=" + expected, WebhookSignature.header("secret", 1_700_000_000L, body));
  }
}
