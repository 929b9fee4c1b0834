package org.herald.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view of a tracked email: its open pixel was loaded. */
@Entity
@Table(name = "email_view")
// Native: JPQL's MIN and MAX of a converted Instant hand the converter a Timestamp, not what it
// converts (EclipseLink).
@NamedNativeQuery(
    name = "EmailView.summary",
    query =
        "SELECT COUNT(*), MIN(viewed_at), MAX(viewed_at) FROM email_view"
            + " WHERE communication_number = ?1")
class EmailView {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_view_seq")
  @SequenceGenerator(name = "email_view_seq", sequenceName = "email_view_seq", allocationSize = 50)
  private Long id;

  @Column(name = "communication_number", nullable = false, updatable = false)
  private String communicationNumber;

  @Column(name = "viewed_at", nullable = false, updatable = false)
  private Instant viewedAt;

  protected EmailView() {}

  EmailView(String communicationNumber, Instant viewedAt) {
    this.communicationNumber = communicationNumber;
    this.viewedAt = viewedAt;
  }
}
