package org.herald.it.support;

import static org.herald.it.support.TestContacts.aContact;
import static org.herald.it.support.TestTemplates.anSmsTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.herald.channel.smpp.SmscSimulator;
import org.herald.channel.smpp.SmscSimulator.Submitted;

/** The jsmpp SMSC simulator on the port the test domain sends SMS to, once Herald reaches it. */
public final class TestSmsc {

  /** The number the link check is sent to; the tests' contacts have +35799… numbers. */
  private static final String LINK_CHECK = "+35790000000";

  private TestSmsc() {}

  /**
   * Starts the simulator and waits until Herald reaches it. Herald binds on first use; after a bind
   * that failed (an earlier class's SMS found no SMSC) it refuses sends until its next bind, up to
   * herald.sms.smpp.rebind-max-delay later. A test send tells when the link is up.
   */
  public static SmscSimulator start() {
    SmscSimulator smsc =
        SmscSimulator.start("herald", "secret", Integer.getInteger("herald.it.smpp.port"));
    HeraldClient api = HeraldClient.backOffice();
    String contact = aContact().create(api);
    String template = anSmsTemplate().in("en", null, "Link check").create(api);
    Eventually.await(
        Duration.ofSeconds(20),
        () ->
            api.post(
                "/templates/" + template + "/test-send",
                Map.of("to", LINK_CHECK, "contact", contact)),
        sent -> sent.status() == 200 && sent.json().getBoolean("delivered"));
    return smsc;
  }

  /** The messages submitted to {@code destination} (E.164), once there are {@code atLeast}. */
  public static List<Submitted> awaitSubmitted(
      SmscSimulator smsc, String destination, int atLeast) {
    return Eventually.await(
        Duration.ofSeconds(20),
        () ->
            smsc.submitted().stream()
                .filter(
                    s ->
                        s.destination().equals(destination.substring(1))
                            || s.destination().equals(destination))
                .toList(),
        parts -> parts.size() >= atLeast);
  }
}
