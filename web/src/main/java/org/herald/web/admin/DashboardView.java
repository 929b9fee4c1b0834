package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.herald.analytics.Backlog;
import org.herald.analytics.DailyFigures;
import org.herald.analytics.Dashboard;
import org.herald.analytics.DeliveryFigures;
import org.herald.analytics.LinkClicks;
import org.herald.api.Medium;

/**
 * The dashboard, the portal's landing page: per medium, the messages queued over a period of days
 * (in the display zone) and what became of them, as a table and a bar chart, the same per template,
 * the same per day (of a medium, of a template) as a line chart, the links followed most, and the
 * queue's backlog by state. The database counts (see {@link Dashboard}).
 */
@Named("dashboard")
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_DAYS = 30;

  private static final int MOST_CLICKED = 10;

  /** A longer period would chart too many days to read (and count too many quarters). */
  private static final int MAX_DAYS = 366;

  @Inject transient Dashboard dashboard;
  @Inject transient DisplayTime displayTime;

  private LocalDate from;
  private LocalDate to;
  private List<DeliveryFigures> figures = List.of();
  private List<DeliveryFigures> templates = List.of();
  private List<LinkClicks> links = List.of();
  private List<Backlog> backlog = List.of();
  private List<DailyFigures> overTime = List.of();
  private List<DeliveryFigures> days = List.of();
  private LocalDate first;
  private LocalDate last;
  private Medium medium;
  private String template;

  @PostConstruct
  void init() {
    to = LocalDate.now(zone());
    from = to.minusDays(DEFAULT_DAYS - 1L);
    refresh();
  }

  /** Counts again for the period chosen; a period given backwards is read the right way round. */
  public void refresh() {
    if (from == null || to == null) {
      PortalMessages.error("Choose both days of the period");
      return;
    }
    LocalDate earlier = from.isAfter(to) ? to : from;
    LocalDate later = from.isAfter(to) ? from : to;
    if (ChronoUnit.DAYS.between(earlier, later) >= MAX_DAYS) {
      PortalMessages.error("Choose a period of at most " + MAX_DAYS + " days");
      return;
    }
    first = earlier;
    last = later;
    Instant start = first.atStartOfDay(zone()).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(zone()).toInstant();
    figures = dashboard.byMedium(start, end);
    templates = dashboard.byTemplate(start, end);
    links = dashboard.mostClicked(start, end, MOST_CLICKED);
    backlog = dashboard.backlog();
    overTime = dashboard.overTime(start, end, zone());
    filter();
  }

  /**
   * Each day of the period, the figures of the medium and template chosen (null: all), added up; a
   * day with nothing queued is all zeros, so the chart's days are evenly spaced.
   */
  public void filter() {
    if (first == null) {
      return;
    }
    List<DeliveryFigures> perDay = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      LocalDate shown = day;
      List<DailyFigures> chosen =
          overTime.stream()
              .filter(f -> f.day().equals(shown))
              .filter(f -> medium == null || medium.name().equals(f.medium()))
              .filter(f -> template == null || template.equals(f.template()))
              .toList();
      perDay.add(
          new DeliveryFigures(
              day.toString(),
              chosen.stream().mapToLong(DailyFigures::sent).sum(),
              chosen.stream().mapToLong(DailyFigures::delivered).sum(),
              chosen.stream().mapToLong(DailyFigures::failed).sum(),
              chosen.stream().mapToLong(DailyFigures::opened).sum(),
              chosen.stream().mapToLong(DailyFigures::clicked).sum()));
    }
    days = perDay;
  }

  private ZoneId zone() {
    return ZoneId.of(displayTime.getZone());
  }

  /** The figures as a Chart.js bar chart, one group of bars per medium. */
  public String getChart() {
    return chart(Chart.bar(groups(figures)), figures);
  }

  /** The days of the period as a Chart.js line chart, a line per figure. */
  public String getTimeline() {
    return chart(Chart.line(groups(days)), days);
  }

  private static List<String> groups(List<DeliveryFigures> figures) {
    return figures.stream().map(DeliveryFigures::group).toList();
  }

  /** A chart of the groups' figures (a medium, a day), a series per figure. */
  private static String chart(Chart chart, List<DeliveryFigures> groups) {
    return chart
        .series("Sent", "#1f2d3d", each(groups, DeliveryFigures::sent))
        .series("Delivered", "#2e7d32", each(groups, DeliveryFigures::delivered))
        .series("Failed", "#c62828", each(groups, DeliveryFigures::failed))
        .series("Opened", "#1565c0", each(groups, DeliveryFigures::opened))
        .series("Clicked", "#ef6c00", each(groups, DeliveryFigures::clicked))
        .json();
  }

  private static List<Long> each(
      List<DeliveryFigures> groups, ToLongFunction<DeliveryFigures> figure) {
    return groups.stream().map(figure::applyAsLong).toList();
  }

  /** The period's totals over every medium. */
  public DeliveryFigures getTotal() {
    return new DeliveryFigures(
        null,
        sum(DeliveryFigures::sent),
        sum(DeliveryFigures::delivered),
        sum(DeliveryFigures::failed),
        sum(DeliveryFigures::opened),
        sum(DeliveryFigures::clicked));
  }

  private long sum(ToLongFunction<DeliveryFigures> figure) {
    return figures.stream().mapToLong(figure).sum();
  }

  public List<DeliveryFigures> getFigures() {
    return figures;
  }

  /** Per template; messages made from none are the group "none". */
  public List<DeliveryFigures> getTemplates() {
    return templates;
  }

  public List<LinkClicks> getLinks() {
    return links;
  }

  public List<Backlog> getBacklog() {
    return backlog;
  }

  /** The period's days, the medium and template chosen. */
  public List<DeliveryFigures> getDays() {
    return days;
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  /** The templates messages were made from in the period, to choose from. */
  public List<String> getTemplateCodes() {
    return templates.stream().map(DeliveryFigures::group).filter(Objects::nonNull).toList();
  }

  public Medium getMedium() {
    return medium;
  }

  public void setMedium(Medium medium) {
    this.medium = medium;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template == null || template.isBlank() ? null : template;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
