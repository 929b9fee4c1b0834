package org.herald.notification;

/**
 * A notification run's life cycle: {@code SCHEDULED} until it starts; {@code RUNNING} while chunks
 * are sent; {@code PAUSED} between chunks until resumed; {@code COMPLETED} once every item is
 * through; {@code FAILED} after an unexpected fault (it may be resumed); {@code CANCELLED} for
 * good.
 */
public enum RunState {
  SCHEDULED,
  RUNNING,
  PAUSED,
  COMPLETED,
  FAILED,
  CANCELLED;

  /** Whether a run in this state can still send anything. */
  public boolean isOpen() {
    return this != COMPLETED && this != CANCELLED;
  }
}
