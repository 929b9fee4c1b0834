package org.herald.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

/**
 * Stores views and clicks, one row each, and sums them up in the database: counting stays one
 * indexed aggregate however many events a campaign collects.
 */
@ApplicationScoped
public class TrackingRepository {

  @PersistenceContext private EntityManager em;

  public void addView(String communication, Instant at) {
    em.persist(new EmailView(communication, at));
  }

  public void addClick(String communication, String url, Instant at) {
    em.persist(new LinkClick(communication, url, at));
  }

  public TrackingDetails details(String communication) {
    Object[] views =
        em.createNamedQuery("EmailView.summary", Object[].class)
            .setParameter("communication", communication)
            .getSingleResult();
    List<TrackingDetails.TrackedLink> links =
        em.createNamedQuery("LinkClick.byUrl", Object[].class)
            .setParameter("communication", communication)
            .getResultStream()
            .map(
                row ->
                    new TrackingDetails.TrackedLink(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        instant(row[2]),
                        instant(row[3])))
            .toList();
    return new TrackingDetails(
        ((Number) views[0]).longValue(), instant(views[1]), instant(views[2]), links);
  }

  /**
   * MIN and MAX of a converted attribute: providers differ on whether they apply the converter, so
   * take what the driver gives as well.
   */
  private static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    throw new IllegalStateException("Not a point in time: " + value.getClass());
  }
}
