package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmppSettingsTest {

  @Test
  void theRebindWaitDoublesUpToItsMaximum() {
    SmppSettings settings = SmscClientTest.settings(2775, "secret");

    assertEquals(Duration.ofMillis(50), settings.rebindDelayAfter(0));
    assertEquals(Duration.ofMillis(200), settings.rebindDelayAfter(2));
    assertEquals(Duration.ofMillis(500), settings.rebindDelayAfter(5));
    assertEquals(Duration.ofMillis(500), settings.rebindDelayAfter(1000));
  }
}
