package org.herald.channel.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.herald.api.Medium;
import org.junit.jupiter.api.Test;

class SmppChannelTest {

  @Test
  void servesSmsOnlyWhenEnabled() {
    assertFalse(channel(false).serves(Medium.SMS), "disabled by default");
    assertTrue(channel(true).serves(Medium.SMS));
    assertFalse(channel(true).serves(Medium.EMAIL));
  }

  @Test
  void theRebindWaitDoublesUpToItsMaximum() {
    SmppSettings settings = SmscClientTest.settings(2775, "secret");

    assertEquals(Duration.ofMillis(50), settings.rebindDelayAfter(0));
    assertEquals(Duration.ofMillis(200), settings.rebindDelayAfter(2));
    assertEquals(Duration.ofMillis(500), settings.rebindDelayAfter(5));
    assertEquals(Duration.ofMillis(500), settings.rebindDelayAfter(1000));
  }

  private static SmppChannel channel(boolean enabled) {
    SmppConfiguration configuration = new SmppConfiguration();
    configuration.enabled = enabled;
    configuration.host = "localhost";
    configuration.port = 2775;
    configuration.systemId = "herald";
    configuration.password = Optional.empty();
    configuration.systemType = Optional.empty();
    configuration.sourceAddress = "Herald";
    configuration.sourceTon = 5;
    configuration.window = 10;
    configuration.bindTimeout = Duration.ofSeconds(10);
    configuration.responseTimeout = Duration.ofSeconds(10);
    configuration.enquireLinkInterval = Duration.ofSeconds(30);
    configuration.receiptTimeout = Duration.ofDays(2);
    configuration.rebindDelay = Duration.ofSeconds(1);
    configuration.rebindMaxDelay = Duration.ofMinutes(1);
    SmppChannel channel = new SmppChannel();
    channel.configuration = configuration;
    channel.readSettings();
    return channel;
  }
}
