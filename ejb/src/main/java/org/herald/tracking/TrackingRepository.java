package org.herald.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.herald.persistence.InstantConverter;

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
        (Object[])
            em.createNamedQuery("EmailView.summary")
                .setParameter(1, communication)
                .getSingleResult();
    Stream<?> clicks =
        em.createNamedQuery("LinkClick.byUrl").setParameter(1, communication).getResultStream();
    List<TrackingDetails.TrackedLink> links =
        clicks
            .map(Object[].class::cast)
            .map(
                row ->
                    new TrackingDetails.TrackedLink(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        InstantConverter.fromNative(row[2]),
                        InstantConverter.fromNative(row[3])))
            .toList();
    return new TrackingDetails(
        ((Number) views[0]).longValue(),
        InstantConverter.fromNative(views[1]),
        InstantConverter.fromNative(views[2]),
        links);
  }
}
