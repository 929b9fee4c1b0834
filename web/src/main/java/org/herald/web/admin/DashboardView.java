package org.herald.web.admin;

import static org.herald.json.JsonProviders.PROVIDER;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
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
    return chart("bar", figures);
  }

  /** The days of the period as a Chart.js line chart, a line per figure. */
  public String getTimeline() {
    return chart("line", days);
  }

  /** A chart of the groups' figures (a medium, a day), a dataset per figure. */
  private static String chart(String type, List<DeliveryFigures> groups) {
    JsonArrayBuilder labels = PROVIDER.createArrayBuilder();
    groups.forEach(f -> labels.add(f.group()));
    JsonArrayBuilder datasets =
        PROVIDER
            .createArrayBuilder()
            .add(dataset(groups, "Sent", "#1f2d3d", DeliveryFigures::sent))
            .add(dataset(groups, "Delivered", "#2e7d32", DeliveryFigures::delivered))
            .add(dataset(groups, "Failed", "#c62828", DeliveryFigures::failed))
            .add(dataset(groups, "Opened", "#1565c0", DeliveryFigures::opened))
            .add(dataset(groups, "Clicked", "#ef6c00", DeliveryFigures::clicked));
    return PROVIDER
        .createObjectBuilder()
        .add("type", type)
        .add("data", PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            PROVIDER
                .createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    PROVIDER
                        .createObjectBuilder()
                        .add("y", PROVIDER.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      List<DeliveryFigures> groups,
      String label,
      String colour,
      ToLongFunction<DeliveryFigures> figure) {
    JsonArrayBuilder data = PROVIDER.createArrayBuilder();
    groups.forEach(f -> data.add(figure.applyAsLong(f)));
    return PROVIDER
        .createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("data", data);
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
