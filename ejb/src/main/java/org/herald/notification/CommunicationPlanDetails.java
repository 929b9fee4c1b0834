package org.herald.notification;

import java.util.List;

/**
 * A communication plan as a client sent it, the classification still text: checked whole by {@link
 * CommunicationPlanService}. {@code externalSystem} null means Herald's own SMTP and SMPP; {@code
 * classification} null means {@code DIRECT_MARKETING}.
 */
public record CommunicationPlanDetails(
    String name,
    String classification,
    List<String> templates,
    String externalSystem,
    List<String> segments) {

  public CommunicationPlanDetails {
    templates = templates == null ? List.of() : templates;
    segments = segments == null ? List.of() : segments;
  }
}
