package org.herald.notification;

import java.time.Instant;
import java.util.List;
import org.herald.condition.ConditionInput;

/**
 * A notification type as a client sent it, enums and durations still text: checked whole by {@link
 * NotificationTypeRules}. {@code externalSystem} null means Herald's own SMTP and SMPP.
 */
public record NotificationTypeDetails(
    String name,
    String classification,
    String topic,
    List<String> templates,
    String externalSystem,
    Instant expiresAt,
    String expiresAfter,
    String dataProtection,
    List<ConditionInput> conditions,
    List<String> segments) {

  public NotificationTypeDetails {
    templates = templates == null ? List.of() : templates;
    conditions = conditions == null ? List.of() : conditions;
    segments = segments == null ? List.of() : segments;
  }
}
