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

/** One click of a tracked link of an email, by the URL it led to. */
@Entity
@Table(name = "link_click")
// Native for the same reason as EmailView.summary.
@NamedNativeQuery(
    name = "LinkClick.byUrl",
    query =
        "SELECT url, COUNT(*), MIN(clicked_at), MAX(clicked_at) FROM link_click"
            + " WHERE communication_number = ?1 GROUP BY url ORDER BY url")
class LinkClick {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "link_click_seq")
  @SequenceGenerator(name = "link_click_seq", sequenceName = "link_click_seq", allocationSize = 50)
  private Long id;

  @Column(name = "communication_number", nullable = false, updatable = false)
  private String communicationNumber;

  @Column(name = "url", nullable = false, updatable = false)
  private String url;

  @Column(name = "clicked_at", nullable = false, updatable = false)
  private Instant clickedAt;

  protected LinkClick() {}

  LinkClick(String communicationNumber, String url, Instant clickedAt) {
    this.communicationNumber = communicationNumber;
    this.url = url;
    this.clickedAt = clickedAt;
  }
}
