package org.herald.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.herald.communication.Communication;
import org.herald.communication.CommunicationService;
import org.herald.error.UnknownResourceException;
import org.herald.queue.QueueAttempt;
import org.herald.tracking.TrackingService;

/** One communication in full, with its delivery attempts and tracking details. */
@Named("communication")
@RequestScoped
public class CommunicationView {

  @Inject CommunicationService service;
  @Inject TrackingService tracking;

  private String number;
  private CommunicationRow row;
  private List<String> followUps = List.of();
  private List<QueueAttempt> attempts = List.of();
  private TrackingDetailsView trackingDetails;

  /** Called by the page's viewAction once the number parameter is set. */
  public void load() {
    if (number == null) {
      return;
    }
    try {
      Communication c = service.get(number);
      row = new CommunicationRow(c, service.queueEntry(c).orElse(null));
      attempts = row.getQueue() == null ? List.of() : service.deliveryAttempts(row.getQueue());
      followUps = service.followUps(c);
      trackingDetails = new TrackingDetailsView(tracking.details(c.getNumber()));
    } catch (UnknownResourceException e) {
      row = null;
    }
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  /** The numbers of the communications following this one up, oldest first. */
  public List<String> getFollowUps() {
    return followUps;
  }

  /** The delivery attempts of its queue entry, oldest first. */
  public List<QueueAttempt> getAttempts() {
    return attempts;
  }

  public CommunicationRow getRow() {
    return row;
  }

  /** Its views and clicks; none for a communication that was never tracked. */
  public TrackingDetailsView getTrackingDetails() {
    return trackingDetails;
  }
}
