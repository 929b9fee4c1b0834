package org.herald.api;

/** The life cycle of a communication queue entry, as the seed names it. */
public enum QueueState {
  PENDING,
  REJECTED,
  COMPLETED,
  COMPLETED_AND_REMOVED
}
