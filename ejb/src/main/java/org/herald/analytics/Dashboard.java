package org.herald.analytics;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.api.Medium;
import org.herald.api.QueueState;

/**
 * The dashboard's figures, each one aggregate statement: the database counts, no row is loaded to
 * be counted here. Messages count by their queue entry (what Herald delivered or handed over), in
 * the period their entry was made.
 */
@Stateless
public class Dashboard {

  /**
   * Per group, the entries queued in [?1, ?2) and what became of them; opened and clicked count
   * messages (not views or clicks), through the tracking tables' indexes on the communication.
   */
  private static final String FIGURES =
      "SELECT %1$s, COUNT(*),"
          + " SUM(CASE WHEN q.state IN ('COMPLETED', 'COMPLETED_AND_REMOVED') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN q.state = 'REJECTED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM email_view v"
          + "   WHERE v.communication_number = q.communication_number) THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN EXISTS (SELECT 1 FROM link_click k"
          + "   WHERE k.communication_number = q.communication_number) THEN 1 ELSE 0 END)"
          + " FROM queue_entry q %2$s WHERE q.created_at >= ?1 AND q.created_at < ?2"
          + " GROUP BY %1$s ORDER BY %1$s";

  private static final String BY_MEDIUM = String.format(FIGURES, "q.medium", "");

  /** Messages made from no template are the group without a code (null). */
  private static final String BY_TEMPLATE =
      String.format(
          FIGURES, "c.template_code", "JOIN communication c ON c.id = q.communication_id");

  /**
   * The figures per quarter of an hour (seconds since the epoch / 900), medium and template. Days
   * are cut in Java: every zone's offset is a whole number of quarters, so each quarter lies in one
   * day of any zone, DST included, and the statement needs no zone or date conversion (which
   * PostgreSQL and H2 do differently for a timestamp with time zone). EXTRACT(EPOCH) of such a
   * timestamp is an instant on both.
   */
  static final String QUARTER = "FLOOR(EXTRACT(EPOCH FROM q.created_at) / 900)";

  static final String OVER_TIME =
      String.format(
          FIGURES,
          QUARTER + ", q.medium, c.template_code",
          "JOIN communication c ON c.id = q.communication_id");

  private static final long QUARTER_SECONDS = 900;

  private static final String BACKLOG =
      "SELECT state, medium, COUNT(*) FROM queue_entry GROUP BY state, medium"
          + " ORDER BY state, medium";

  private static final String MOST_CLICKED =
      "SELECT url, COUNT(*), COUNT(DISTINCT communication_number) FROM link_click"
          + " WHERE clicked_at >= ?1 AND clicked_at < ?2 GROUP BY url ORDER BY 2 DESC, url";

  @PersistenceContext EntityManager em;

  /** Per medium, the messages queued from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<DeliveryFigures> byMedium(Instant from, Instant to) {
    return figures(BY_MEDIUM, from, to);
  }

  /** Per template, the messages queued in the period; those made from none have a null group. */
  public List<DeliveryFigures> byTemplate(Instant from, Instant to) {
    return figures(BY_TEMPLATE, from, to);
  }

  private List<DeliveryFigures> figures(String sql, Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter(1, from.atOffset(ZoneOffset.UTC))
            .setParameter(2, to.atOffset(ZoneOffset.UTC))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new DeliveryFigures(
                    (String) row[0],
                    count(row[1]),
                    count(row[2]),
                    count(row[3]),
                    count(row[4]),
                    count(row[5])))
        .toList();
  }

  /**
   * Per day of {@code zone}, medium and template, the messages queued from {@code from} (inclusive)
   * to {@code to} (exclusive), ordered by day; a day, medium and template with nothing queued has
   * no element. The database counts per quarter of an hour, at most 96 rows a day per group.
   */
  public List<DailyFigures> overTime(Instant from, Instant to, ZoneId zone) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(OVER_TIME)
            .setParameter(1, from.atOffset(ZoneOffset.UTC))
            .setParameter(2, to.atOffset(ZoneOffset.UTC))
            .getResultList();
    return byDay(rows, zone);
  }

  /** Rows of quarter, medium, template and the five figures, added up per day of the zone. */
  static List<DailyFigures> byDay(List<Object[]> rows, ZoneId zone) {
    Map<List<Object>, DailyFigures> days = new LinkedHashMap<>();
    for (Object[] row : rows) {
      Instant quarter = Instant.ofEpochSecond(count(row[0]) * QUARTER_SECONDS);
      DailyFigures figures =
          new DailyFigures(
              LocalDate.ofInstant(quarter, zone),
              (String) row[1],
              (String) row[2],
              count(row[3]),
              count(row[4]),
              count(row[5]),
              count(row[6]),
              count(row[7]));
      days.merge(
          Arrays.asList(figures.day(), figures.medium(), figures.template()),
          figures,
          DailyFigures::plus);
    }
    return days.values().stream().sorted(Comparator.comparing(DailyFigures::day)).toList();
  }

  /** The links followed most in the period, at most {@code limit}. */
  public List<LinkClicks> mostClicked(Instant from, Instant to, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(MOST_CLICKED)
            .setParameter(1, from.atOffset(ZoneOffset.UTC))
            .setParameter(2, to.atOffset(ZoneOffset.UTC))
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(row -> new LinkClicks((String) row[0], count(row[1]), count(row[2])))
        .toList();
  }

  /** The queue's entries now, by state and medium. */
  public List<Backlog> backlog() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(BACKLOG).getResultList();
    return rows.stream()
        .map(
            row ->
                new Backlog(
                    QueueState.valueOf((String) row[0]),
                    Medium.valueOf((String) row[1]),
                    count(row[2])))
        .toList();
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
