package org.herald.api.communication;

/** A draft can still be edited; a completed communication is final (and sent, if outgoing). */
public enum CommunicationStatus {
  DRAFT,
  COMPLETED
}
