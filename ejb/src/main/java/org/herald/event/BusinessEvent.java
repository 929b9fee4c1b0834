package org.herald.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A business event as received from the CRM: its id (the CRM's), type, entity, contact and when it
 * happened. Rows are inserted by {@link EventRepository#insertAllIfNew} (a race between two POSTs
 * of one id is settled by the unique id, not by an exception), then read and marked processed here.
 */
@Entity
@Table(name = "business_event")
@NamedQuery(
    name = "BusinessEvent.byEventId",
    query = "SELECT e FROM BusinessEvent e WHERE e.eventId = :eventId")
@NamedQuery(
    name = "BusinessEvent.eventIds",
    query = "SELECT e.eventId FROM BusinessEvent e WHERE e.eventId IN :eventIds")
@NamedQuery(
    name = "BusinessEvent.rowIds",
    query = "SELECT e.eventId, e.id FROM BusinessEvent e WHERE e.eventId IN :eventIds")
public class BusinessEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id private Long id;

  @Column(name = "event_id", nullable = false, updatable = false)
  private String eventId;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String eventType;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_number", nullable = false, updatable = false)
  private String entityNumber;

  @Column(name = "contact_number", nullable = false, updatable = false)
  private String contactNumber;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "processed_at")
  private Instant processedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected BusinessEvent() {}

  /** Records that its automations have been considered (again, after a redelivery). */
  void processed(Instant now) {
    this.processedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityNumber() {
    return entityNumber;
  }

  public String getContactNumber() {
    return contactNumber;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }
}
