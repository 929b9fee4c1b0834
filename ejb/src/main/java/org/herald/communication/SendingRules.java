package org.herald.communication;

import java.util.EnumSet;
import java.util.Set;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.error.Violations;
import org.herald.externalsystem.ExternalSystem;
import org.herald.message.CharacterCount;
import org.herald.message.CharacterLimit;
import org.herald.settings.Settings;

/**
 * What General Settings demand of an outgoing communication being completed: an allowed medium,
 * content within the character limit (the lower of the medium's and the processing system's), and
 * an enabled server when Herald itself sends it.
 */
final class SendingRules {

  /** Media Herald cannot send itself, whose records are not only logs of what people did. */
  private static final Set<Medium> ONLY_EXTERNAL_SYSTEMS_DELIVER = EnumSet.of(Medium.PUSH);

  private SendingRules() {}

  /** Adds each rule the communication breaks to {@code violations}. */
  static void check(Communication communication, Settings settings, Violations violations) {
    if (communication.getDirection() != Direction.OUTGOING) {
      return; // incoming communications are records of what arrived, whatever its length
    }
    Medium medium = communication.getMedium();
    if (!settings.allows(medium)) {
      violations.add(
          "medium", "NOT_ALLOWED", medium + " is not among the allowed media in General Settings");
    }
    ExternalSystem system = communication.getProcessedBy();
    if (system == null && ONLY_EXTERNAL_SYSTEMS_DELIVER.contains(medium)) {
      // Herald itself sends only email and SMS: stored as completed, it would go nowhere.
      violations.add(
          "processedBy",
          "NO_PROCESSOR",
          "a "
              + medium
              + " is delivered only by an external system: name one that supports "
              + medium);
    }
    CharacterLimit.of(settings, system == null ? null : system.getCharacterLimit(), medium)
        .ifPresent(
            limit -> {
              int count = CharacterCount.of(medium, communication.getContent());
              if (count > limit) {
                boolean systemsLimit = system != null && limit.equals(system.getCharacterLimit());
                violations.add(
                    "content",
                    "TOO_LONG",
                    "has "
                        + count
                        + " characters; at most "
                        + limit
                        + " are allowed for "
                        + medium
                        + (systemsLimit ? " by " + system.getCode() : ""));
              }
            });
    if (system == null && communication.isToDeliver() && !settings.serverEnabled(medium)) {
      violations.add(
          "medium",
          "SERVER_DISABLED",
          "the "
              + (medium == Medium.EMAIL ? "email" : "SMS")
              + " server is disabled in General Settings, so "
              + medium
              + " cannot be sent");
    }
  }
}
