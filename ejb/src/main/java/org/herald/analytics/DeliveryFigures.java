package org.herald.analytics;

/**
 * What became of the messages of one group (a medium, a template) queued in a period: sent (queued
 * for delivery), delivered, failed (rejected), and of the emails those opened and those with a link
 * clicked.
 */
public record DeliveryFigures(
    String group, long sent, long delivered, long failed, long opened, long clicked) {

  public String getGroup() {
    return group;
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
