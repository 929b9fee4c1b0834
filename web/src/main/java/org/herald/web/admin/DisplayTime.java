package org.herald.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shows instants in the display zone (herald.time-zone, default UTC): {@code
 * #{displayTime.format(t)}}.
 */
@Named
@ApplicationScoped
public class DisplayTime {

  private final DateTimeFormatter formatter;
  private final String zone;

  @Inject
  public DisplayTime(@ConfigProperty(name = "herald.time-zone", defaultValue = "UTC") String zone) {
    this.zone = zone;
    this.formatter = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(zone));
  }

  /** For the container's proxy. */
  protected DisplayTime() {
    this("UTC");
  }

  public String format(Instant instant) {
    return instant == null ? "" : formatter.format(instant);
  }

  public String getZone() {
    return zone;
  }
}
