package org.herald.tracking;

/** Which communications are tracked: all, or only those of notification runs (campaigns). */
public enum TrackingScope {
  ALL,
  NOTIFICATIONS
}
