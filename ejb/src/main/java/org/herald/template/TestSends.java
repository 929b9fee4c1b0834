package org.herald.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;
import org.herald.api.Medium;
import org.herald.channel.Channels;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.contact.EmailAddress;
import org.herald.contact.PhoneNumber;
import org.herald.error.Violations;

/**
 * Test sends of templates: what an admin checks in a real mailbox or phone before a template goes
 * out to contacts. They go past the queue (nothing to retry, nothing to record), straight to the
 * medium's channel.
 */
@Stateless
public class TestSends {

  @Inject TemplateService templates;
  @Inject Channels channels;

  /**
   * Renders the template as {@link TemplateService#preview} does and delivers it to {@code to} at
   * once, over the medium's channel; no communication is recorded and its links do nothing.
   */
  public TestSend send(String code, PreviewRequest request, String to) {
    CommunicationTemplate template = templates.get(code);
    Medium medium = template.getMedium();
    Violations violations = new Violations();
    if (medium != Medium.EMAIL && medium != Medium.SMS) {
      violations.add("template", "NOT_SENDABLE", "only email and SMS templates can be test-sent");
    } else if (to == null || to.isBlank()) {
      violations.require("to", to);
    } else {
      violations.check(
          "to", () -> medium == Medium.EMAIL ? EmailAddress.of(to) : PhoneNumber.of(to));
    }
    violations.throwIfAny();
    Preview rendered = templates.preview(code, request);
    OutgoingMessage message =
        new OutgoingMessage(
            "TEST" + UUID.randomUUID().toString().replace("-", ""),
            medium,
            to,
            rendered.subject(),
            rendered.body());
    SendOutcome outcome =
        channels
            .serving(message)
            .map(channel -> channel.send(message))
            .orElseGet(
                () -> SendOutcome.permanentFailure("NO_CHANNEL", "no channel for " + medium));
    boolean delivered =
        outcome.kind() == SendOutcome.Kind.DELIVERED || outcome.kind() == SendOutcome.Kind.ACCEPTED;
    return new TestSend(to, rendered, delivered, outcome.reply());
  }
}
