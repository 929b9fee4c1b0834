package org.herald.api.communication;

/** Who made a communication: a user or the CRM by hand, an automation, or a notification run. */
public enum Origin {
  MANUAL,
  AUTOMATION,
  NOTIFICATION_RUN
}
