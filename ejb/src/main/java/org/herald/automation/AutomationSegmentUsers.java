package org.herald.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.herald.segment.SegmentUsers;

/** The automations that apply only to contacts in a segment, by the segment's code. */
@ApplicationScoped
public class AutomationSegmentUsers implements SegmentUsers {

  @PersistenceContext private EntityManager em;

  @Override
  public List<String> naming(String segmentCode) {
    return em
        .createQuery(
            "SELECT DISTINCT a.code, a.name FROM Automation a JOIN a.segments s"
                + " WHERE s = :code ORDER BY a.code",
            Object[].class)
        .setParameter("code", segmentCode)
        .getResultList()
        .stream()
        .map(row -> row[0] + " (" + row[1] + ")")
        .toList();
  }

  @Override
  public String kind() {
    return "automations";
  }
}
