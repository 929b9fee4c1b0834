package org.herald.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.herald.tracking.TrackingDetails;
import org.herald.tracking.TrackingScope;
import org.junit.jupiter.api.Test;

/** The tracking settings form names its inputs as the settings name their fields; details show. */
class TrackingViewsTest {

  @Test
  void aFieldErrorFindsItsInput() {
    assertEquals("trackingEndPoint", TrackingSettingsForm.inputOf("endPoint"));
    assertEquals("trackingCustomUrl", TrackingSettingsForm.inputOf("customUrl"));
    assertEquals("trackingScope", TrackingSettingsForm.inputOf("scope"));
    assertNull(TrackingSettingsForm.inputOf("something"));
  }

  @Test
  void theScopesHaveTheSeedsWords() {
    TrackingSettingsForm form = new TrackingSettingsForm();
    assertEquals("All communications", form.scopeLabel(TrackingScope.ALL));
    assertEquals("Notifications only", form.scopeLabel(TrackingScope.NOTIFICATIONS));
  }

  @Test
  void detailsShowViewsAndTheClicksOfEachLink() {
    Instant first = Instant.parse("2026-03-01T10:00:00Z");
    Instant last = Instant.parse("2026-03-02T08:30:00Z");
    TrackingDetailsView details =
        new TrackingDetailsView(
            new TrackingDetails(
                2,
                first,
                last,
                List.of(
                    new TrackingDetails.TrackedLink("https://pay.example.com", 3, first, last))));

    assertTrue(details.isViewed());
    assertEquals(2, details.getViews());
    assertEquals(first, details.getFirstViewedAt());
    assertEquals(last, details.getLastViewedAt());
    TrackingDetailsView.Link link = details.getLinks().get(0);
    assertEquals("https://pay.example.com", link.getUrl());
    assertEquals(3, link.getClicks());
    assertEquals(first, link.getFirstClickedAt());
    assertEquals(last, link.getLastClickedAt());
  }

  @Test
  void aCommunicationNeverTrackedWasNotViewed() {
    TrackingDetailsView details =
        new TrackingDetailsView(new TrackingDetails(0, null, null, List.of()));
    assertFalse(details.isViewed());
    assertEquals(List.of(), details.getLinks());
  }
}
