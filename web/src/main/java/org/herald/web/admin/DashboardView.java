package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToLongFunction;
import org.herald.analytics.Backlog;
import org.herald.analytics.Dashboard;
import org.herald.analytics.DeliveryFigures;
import org.herald.analytics.LinkClicks;

/**
 * The dashboard, the portal's landing page: per medium, the messages queued over a period of days
 * (in the display zone) and what became of them, as a table and a bar chart, the same per template,
 * the links followed most, and the queue's backlog by state. The database counts (see {@link
 * Dashboard}).
 */
@Named("dashboard")
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_DAYS = 30;

  private static final int MOST_CLICKED = 10;

  @Inject transient Dashboard dashboard;
  @Inject transient DisplayTime displayTime;

  private LocalDate from;
  private LocalDate to;
  private List<DeliveryFigures> figures = List.of();
  private List<DeliveryFigures> templates = List.of();
  private List<LinkClicks> links = List.of();
  private List<Backlog> backlog = List.of();

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
    LocalDate first = from.isAfter(to) ? to : from;
    LocalDate last = from.isAfter(to) ? from : to;
    Instant start = first.atStartOfDay(zone()).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(zone()).toInstant();
    figures = dashboard.byMedium(start, end);
    templates = dashboard.byTemplate(start, end);
    links = dashboard.mostClicked(start, end, MOST_CLICKED);
    backlog = dashboard.backlog();
  }

  private ZoneId zone() {
    return ZoneId.of(displayTime.getZone());
  }

  /** The figures as a Chart.js bar chart, one group of bars per medium. */
  public String getChart() {
    return new BarChart(figures.stream().map(DeliveryFigures::group).toList())
        .series("Sent", "#1f2d3d", each(DeliveryFigures::sent))
        .series("Delivered", "#2e7d32", each(DeliveryFigures::delivered))
        .series("Failed", "#c62828", each(DeliveryFigures::failed))
        .series("Opened", "#1565c0", each(DeliveryFigures::opened))
        .series("Clicked", "#ef6c00", each(DeliveryFigures::clicked))
        .json();
  }

  private List<Long> each(ToLongFunction<DeliveryFigures> figure) {
    return figures.stream().map(f -> figure.applyAsLong(f)).toList();
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
