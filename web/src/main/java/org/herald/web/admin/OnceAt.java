package org.herald.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.herald.error.InvalidInputException;

/**
 * A time at which something starts once (a notification type's run, a plan's send), as an admin
 * types it: a local date and time in a time zone, the portal's by default. The API's names for its
 * fields ({@code scheduledFor}, {@code scheduleZone}) name its problems.
 */
public class OnceAt implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDateTime scheduledFor;
  private String scheduleZone;

  OnceAt(String zone) {
    this.scheduleZone = zone;
  }

  /**
   * The instant meant; the service checks that it is in the future.
   *
   * @throws InvalidInputException naming {@code scheduledFor} (none given) or {@code scheduleZone}
   */
  Instant instant() {
    if (scheduledFor == null) {
      throw InvalidInputException.of("scheduledFor", "REQUIRED", "is required");
    }
    try {
      return scheduledFor.atZone(ZoneId.of(scheduleZone)).toInstant();
    } catch (RuntimeException e) {
      throw InvalidInputException.of(
          "scheduleZone", "UNKNOWN_TIME_ZONE", "'" + scheduleZone + "' is not a time zone");
    }
  }

  public LocalDateTime getScheduledFor() {
    return scheduledFor;
  }

  public void setScheduledFor(LocalDateTime scheduledFor) {
    this.scheduledFor = scheduledFor;
  }

  public String getScheduleZone() {
    return scheduleZone;
  }

  public void setScheduleZone(String scheduleZone) {
    this.scheduleZone = scheduleZone;
  }
}
