package org.herald.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiJsonbTest {

  public record Stamped(Instant at) {}

  private final Jsonb jsonb = new ApiJsonb().getContext(Stamped.class);

  @Test
  void timesAreWrittenToTheNearestMicrosecondAsStored() {
    assertEquals(
        "{\"at\":\"2026-12-04T04:14:29.423607Z\"}",
        jsonb.toJson(new Stamped(Instant.parse("2026-12-04T04:14:29.423606500Z"))));
    assertEquals(
        "{\"at\":\"2026-12-04T04:14:29.423606Z\"}",
        jsonb.toJson(new Stamped(Instant.parse("2026-12-04T04:14:29.423606499Z"))));
    assertEquals(
        "{\"at\":\"2026-12-04T04:14:30Z\"}",
        jsonb.toJson(new Stamped(Instant.parse("2026-12-04T04:14:29.999999500Z"))));
  }

  @Test
  void wholeSecondsStayShort() {
    assertEquals(
        "{\"at\":\"2026-12-01T09:30:00Z\"}",
        jsonb.toJson(new Stamped(Instant.parse("2026-12-01T09:30:00Z"))));
  }

  @Test
  void timesAreReadAsGiven() {
    assertEquals(
        Instant.parse("2026-12-01T09:30:00.123456789Z"),
        jsonb.fromJson("{\"at\":\"2026-12-01T09:30:00.123456789Z\"}", Stamped.class).at());
  }
}
