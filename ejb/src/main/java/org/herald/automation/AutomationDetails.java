package org.herald.automation;

import java.util.List;
import org.herald.condition.ConditionInput;

/**
 * An automation as a user writes it, not yet checked (enums as text, templates and segments by
 * code). Left out: {@code sendTo} is PRIMARY, {@code classification} CUSTOMER_CARE, {@code
 * effective} true.
 */
public record AutomationDetails(
    String name,
    String eventType,
    String emailTemplate,
    String smsTemplate,
    String sendTo,
    boolean considerPresentmentPreferences,
    List<String> segments,
    List<ConditionInput> conditions,
    String classification,
    boolean overridePreferences,
    Boolean effective) {

  public AutomationDetails {
    segments = segments == null ? List.of() : segments;
    conditions = conditions == null ? List.of() : conditions;
  }
}
