package org.herald.api.event;

/** What an automation made of an event, for one medium and address or for the whole event. */
public enum AutomationOutcome {
  /** A communication was made and queued. */
  SENT,
  /** None of the automation's conditions held. */
  CONDITION_FALSE,
  /** The contact is in none of the automation's segments. */
  NOT_IN_SEGMENT,
  /** Marketing to a contact who has not opted in to it: skipped. */
  OPTED_OUT,
  /** The contact has no address of the kind the automation sends to. */
  NO_ADDRESS,
  /** The send path refused it (General Settings, template, character limit): see the detail. */
  REFUSED
}
