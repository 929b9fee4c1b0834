package org.herald.api;

/** Incoming communications are logged only; outgoing ones may be delivered. */
public enum Direction {
  INCOMING,
  OUTGOING
}
