package org.herald.notification;

import java.time.Instant;
import java.util.List;

/**
 * A communication plan as a client sent it, the classification still text: checked whole by {@link
 * CommunicationPlanService}. {@code externalSystem} null means Herald's own SMTP and SMPP; {@code
 * classification} null means {@code DIRECT_MARKETING}; neither {@code expiresAt} nor {@code
 * expiresAfter}: the queue's default expiry.
 */
public record CommunicationPlanDetails(
    String name,
    String classification,
    List<String> templates,
    String externalSystem,
    List<String> segments,
    Instant expiresAt,
    String expiresAfter,
    boolean overridePreferences) {

  public CommunicationPlanDetails {
    templates = templates == null ? List.of() : templates;
    segments = segments == null ? List.of() : segments;
  }
}
