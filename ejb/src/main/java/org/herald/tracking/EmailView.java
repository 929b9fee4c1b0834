package org.herald.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view of a tracked email: its open pixel was loaded. */
@Entity
@Table(name = "email_view")
@NamedQuery(
    name = "EmailView.summary",
    query =
        "SELECT COUNT(v), MIN(v.viewedAt), MAX(v.viewedAt) FROM EmailView v"
            + " WHERE v.communicationNumber = :communication")
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
