package org.herald.analytics;

import org.herald.api.Medium;
import org.herald.api.QueueState;

/** How many queue entries of one medium are in one state now. */
public record Backlog(QueueState state, Medium medium, long entries) {

  public QueueState getState() {
    return state;
  }

  public Medium getMedium() {
    return medium;
  }

  public long getEntries() {
    return entries;
  }
}
