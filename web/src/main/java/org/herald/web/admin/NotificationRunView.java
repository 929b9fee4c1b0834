package org.herald.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.herald.error.IllegalTransitionException;
import org.herald.error.UnknownResourceException;
import org.herald.notification.NotificationRun;
import org.herald.notification.NotificationRunService;
import org.herald.notification.RunDelivery;
import org.herald.notification.RunState;
import org.herald.web.security.PortalAccess;

/**
 * A notification run's page: its state and counts, read again every few seconds while it runs (the
 * job moves them chunk by chunk), what the queue and the tracking have made of its communications,
 * as figures and a chart, and pause, resume and cancel for the roles that may.
 */
@Named("notificationRun")
@ViewScoped
public class NotificationRunView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NotificationRunService runs;
  @Inject transient PortalAccess access;

  private String number;
  private boolean found = true;
  private NotificationRun run;
  private RunDelivery delivery;

  /** Called by the page's viewAction once the number parameter is set (never on a postback). */
  public void load() {
    if (number == null || number.isBlank()) {
      found = false;
      return;
    }
    try {
      show(runs.show(number));
    } catch (UnknownResourceException e) {
      found = false;
    }
  }

  /** The poll's listener: the run as its last chunk left it. */
  public void refresh() {
    show(runs.show(number));
  }

  private void show(NotificationRunService.Shown shown) {
    run = shown.run();
    delivery = shown.delivery();
  }

  public void pause() {
    act(runs::pause, "paused");
  }

  public void resume() {
    act(runs::resume, "resumed");
  }

  public void cancel() {
    act(runs::cancel, "cancelled");
  }

  /** A transition the run's state does not allow (someone else moved it) is said, not thrown. */
  private void act(Function<String, NotificationRunService.Shown> action, String done) {
    if (!access.mayEdit()) {
      return;
    }
    try {
      show(action.apply(number));
      PortalMessages.info("Notification run " + number + " " + done);
    } catch (IllegalTransitionException e) {
      PortalMessages.error(e.getMessage());
      refresh();
    }
  }

  /** Whether chunks may still move the counts: the page polls while the run is running. */
  public boolean isLive() {
    return run != null && run.getState() == RunState.RUNNING;
  }

  public boolean isPausable() {
    return run.getState() == RunState.RUNNING;
  }

  public boolean isResumable() {
    return run.getState() == RunState.PAUSED || run.getState() == RunState.FAILED;
  }

  public boolean isCancellable() {
    return run.getState().isOpen();
  }

  /** What became of the run's communications, as a bar per outcome. */
  public String getChart() {
    return Chart.bar(List.of("Pending", "Delivered", "Rejected", "Expired", "Viewed", "Clicked"))
        .series(
            "Communications",
            "#1565c0",
            List.of(
                delivery.pending(),
                delivery.delivered(),
                delivery.rejected(),
                delivery.expired(),
                delivery.viewed(),
                delivery.clicked()))
        .json();
  }

  /** What the run made of its candidates, as a bar per count. */
  public String getCountsChart() {
    return Chart.bar(
            List.of(
                "Candidates", "Created", "Skipped by consent", "Skipped (no address)", "Failed"))
        .series(
            "Items and communications",
            "#1f2d3d",
            List.of(
                run.getCandidates(),
                run.getCreated(),
                run.getSkippedConsent(),
                run.getSkippedNoAddress(),
                run.getFailed()))
        .json();
  }

  public boolean isFound() {
    return found;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public NotificationRun getRun() {
    return run;
  }

  public RunDelivery getDelivery() {
    return delivery;
  }
}
