package org.herald.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One change: who made it, when, to which thing (its type and key), and what it was. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = "AuditEntry.of",
    query =
        "SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectKey = :key"
            + " ORDER BY a.at DESC, a.id DESC")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "subject_type", nullable = false, updatable = false)
  private String subjectType;

  @Column(name = "subject_key", nullable = false, updatable = false)
  private String subjectKey;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  protected AuditEntry() {}

  AuditEntry(Instant at, String actor, String subjectType, String subjectKey, String action) {
    this.at = at;
    this.actor = actor;
    this.subjectType = subjectType;
    this.subjectKey = subjectKey;
    this.action = action;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectKey() {
    return subjectKey;
  }

  public String getAction() {
    return action;
  }
}
