package org.herald.segment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.herald.paging.ListQuery;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;

/** Stores segments and finds them by code. */
@ApplicationScoped
public class SegmentRepository {

  /** Sortable list fields (API name → entity attribute). */
  public static final Map<String, String> SORTABLE =
      Map.of("code", "code", "name", "name", "updatedAt", "updatedAt");

  @PersistenceContext private EntityManager em;

  public Optional<Segment> findByCode(String code) {
    return em.createNamedQuery("Segment.byCode", Segment.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  void add(Segment segment) {
    em.persist(segment);
  }

  void remove(Segment segment) {
    em.remove(segment);
  }

  public ResultPage<Segment> list(PageRequest page) {
    return new ListQuery<>(em, Segment.class, SORTABLE, where -> {}).page(page);
  }
}
