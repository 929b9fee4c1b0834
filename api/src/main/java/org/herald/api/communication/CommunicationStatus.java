package org.herald.api.communication;

/**
 * The record's life cycle: a draft can still be edited; a completed communication is final (and
 * handed for delivery, if outgoing: its delivery state is the queue entry's, apart).
 */
public enum CommunicationStatus {
  DRAFT,
  COMPLETED
}
