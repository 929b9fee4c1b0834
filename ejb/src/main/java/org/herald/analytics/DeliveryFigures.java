package org.herald.analytics;

import org.herald.api.Medium;

/**
 * What became of the messages of one medium queued in a period: sent (queued for delivery),
 * delivered, failed (rejected), and of the emails those opened and those with a link clicked.
 */
public record MediumFigures(
    Medium medium, long sent, long delivered, long failed, long opened, long clicked) {

  public Medium getMedium() {
    return medium;
  }

  public long getSent() {
    return sent;
  }

  public long getDelivered() {
    return delivered;
  }

  public long getFailed() {
    return failed;
  }

  public long getOpened() {
    return opened;
  }

  public long getClicked() {
    return clicked;
  }
}
