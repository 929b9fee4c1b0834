package org.herald.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.herald.analytics.Backlog;
import org.herald.analytics.DailyFigures;
import org.herald.analytics.Dashboard;
import org.herald.analytics.DeliveryFigures;
import org.herald.analytics.LinkClicks;
import org.herald.api.Medium;
import org.junit.jupiter.api.Test;

/** The dashboard asks for whole days in the display zone and charts what the database counted. */
class DashboardViewTest {

  /** What the view asked the database for, and the figures it answers. */
  private static final class CountedDashboard extends Dashboard {

    final List<Instant> asked = new ArrayList<>();

    @Override
    public List<DeliveryFigures> byMedium(Instant from, Instant to) {
      asked.add(from);
      asked.add(to);
      return List.of(
          new DeliveryFigures("EMAIL", 10, 7, 2, 5, 1), new DeliveryFigures("SMS", 4, 4, 0, 0, 0));
    }

    @Override
    public List<DeliveryFigures> byTemplate(Instant from, Instant to) {
      return List.of();
    }

    @Override
    public List<LinkClicks> mostClicked(Instant from, Instant to, int limit) {
      return List.of();
    }

    @Override
    public List<DailyFigures> overTime(Instant from, Instant to, ZoneId zone) {
      return List.of(
          new DailyFigures(LocalDate.of(2026, 12, 1), "EMAIL", "WELCOME", 3, 2, 1, 1, 0),
          new DailyFigures(LocalDate.of(2026, 12, 1), "EMAIL", null, 1, 1, 0, 0, 0),
          new DailyFigures(LocalDate.of(2026, 12, 3), "SMS", "WELCOME", 2, 2, 0, 0, 0));
    }

    @Override
    public List<Backlog> backlog() {
      return List.of();
    }
  }

  private final CountedDashboard counted = new CountedDashboard();

  private DashboardView view(String zone) {
    DashboardView view = new DashboardView();
    view.dashboard = counted;
    view.displayTime = new DisplayTime(zone);
    return view;
  }

  @Test
  void aPeriodIsWholeDaysInTheDisplayZoneEvenGivenBackwards() {
    DashboardView view = view("Europe/Nicosia");
    view.setFrom(LocalDate.of(2026, 3, 31));
    view.setTo(LocalDate.of(2026, 3, 1));
    view.refresh();

    assertEquals(
        List.of(Instant.parse("2026-02-28T22:00:00Z"), Instant.parse("2026-03-31T21:00:00Z")),
        counted.asked);
  }

  @Test
  void theChartHasAGroupOfBarsPerMediumAndTheTotalsAddUp() {
    DashboardView view = view("UTC");
    view.setFrom(LocalDate.of(2026, 12, 1));
    view.setTo(LocalDate.of(2026, 12, 3));
    view.refresh();

    JsonObject chart = Json.createReader(new StringReader(view.getChart())).readObject();
    assertEquals("bar", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(
        List.of("EMAIL", "SMS"), data.getJsonArray("labels").getValuesAs(JsonString::getString));
    JsonArray datasets = data.getJsonArray("datasets");
    assertEquals("Failed", datasets.getJsonObject(2).getString("label"));
    assertEquals(List.of(2, 0), ints(datasets.getJsonObject(2).getJsonArray("data")));
    assertEquals(14, view.getTotal().sent());
    assertEquals(11, view.getTotal().delivered());
  }

  @Test
  void everyDayOfThePeriodIsChartedForTheMediumAndTemplateChosen() {
    DashboardView view = view("UTC");
    view.setFrom(LocalDate.of(2026, 12, 1));
    view.setTo(LocalDate.of(2026, 12, 3));
    view.refresh();

    assertEquals(
        List.of(
            new DeliveryFigures("2026-12-01", 4, 3, 1, 1, 0),
            new DeliveryFigures("2026-12-02", 0, 0, 0, 0, 0),
            new DeliveryFigures("2026-12-03", 2, 2, 0, 0, 0)),
        view.getDays());
    JsonObject chart = Json.createReader(new StringReader(view.getTimeline())).readObject();
    assertEquals("line", chart.getString("type"));
    assertEquals(
        List.of("2026-12-01", "2026-12-02", "2026-12-03"),
        chart.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonString::getString));

    view.setMedium(Medium.EMAIL);
    view.setTemplate("WELCOME");
    view.filter();
    assertEquals(List.of(3L, 0L, 0L), view.getDays().stream().map(DeliveryFigures::sent).toList());
    view.setMedium(null);
    view.filter();
    assertEquals(List.of(3L, 0L, 2L), view.getDays().stream().map(DeliveryFigures::sent).toList());
  }

  private static List<Integer> ints(JsonArray array) {
    return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::intValue).toList();
  }
}
