package org.herald.tracking;

import java.time.Instant;
import java.util.List;

/**
 * The seed's Tracking Details of one communication: its views (open pixel loads) and, per link, its
 * clicks. Times are null when nothing happened.
 */
public record TrackingDetails(
    long views, Instant firstViewedAt, Instant lastViewedAt, List<TrackedLink> links) {

  public TrackingDetails {
    links = List.copyOf(links);
  }

  public boolean viewed() {
    return views > 0;
  }

  /** The clicks of one link. */
  public record TrackedLink(
      String url, long clicks, Instant firstClickedAt, Instant lastClickedAt) {}
}
