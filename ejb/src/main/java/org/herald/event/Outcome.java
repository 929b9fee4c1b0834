package org.herald.event;

import org.herald.api.event.AutomationOutcome;

/**
 * What one automation made of one event, for one medium and address ({@code medium} NONE and an
 * empty address when the automation as a whole did not apply).
 */
public record Outcome(
    String automation,
    String medium,
    String address,
    AutomationOutcome outcome,
    String detail,
    String communication) {

  /** The medium of an outcome that concerns no medium. */
  public static final String NO_MEDIUM = "NONE";
}
