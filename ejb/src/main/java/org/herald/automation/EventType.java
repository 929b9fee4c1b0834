package org.herald.automation;

/** A business event the CRM can post: an entity type and what happened to a record of it. */
public record EventType(String entityType, String event) {

  /** The name events and automations use, e.g. {@code payment.posted}. */
  public String name() {
    return entityType + "." + event;
  }
}
