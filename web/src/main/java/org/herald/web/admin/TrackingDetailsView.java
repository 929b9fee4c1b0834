package org.herald.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.herald.tracking.TrackingDetails;

/**
 * A communication's tracking details (the seed's section of that name), as the portal shows them.
 */
public class TrackingDetailsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long views;
  private final Instant firstViewedAt;
  private final Instant lastViewedAt;
  private final List<Link> links;

  TrackingDetailsView(TrackingDetails details) {
    this.views = details.views();
    this.firstViewedAt = details.firstViewedAt();
    this.lastViewedAt = details.lastViewedAt();
    this.links = details.links().stream().map(Link::new).toList();
  }

  /** The seed's 'Viewed': the open pixel was loaded at least once. */
  public boolean isViewed() {
    return views > 0;
  }

  public long getViews() {
    return views;
  }

  public Instant getFirstViewedAt() {
    return firstViewedAt;
  }

  public Instant getLastViewedAt() {
    return lastViewedAt;
  }

  /** The tracked links clicked at least once. */
  public List<Link> getLinks() {
    return links;
  }

  /** The clicks of one tracked link. */
  public static class Link implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final long clicks;
    private final Instant firstClickedAt;
    private final Instant lastClickedAt;

    Link(TrackingDetails.TrackedLink link) {
      this.url = link.url();
      this.clicks = link.clicks();
      this.firstClickedAt = link.firstClickedAt();
      this.lastClickedAt = link.lastClickedAt();
    }

    public String getUrl() {
      return url;
    }

    public long getClicks() {
      return clicks;
    }

    public Instant getFirstClickedAt() {
      return firstClickedAt;
    }

    public Instant getLastClickedAt() {
      return lastClickedAt;
    }
  }
}
