package org.herald.segment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.herald.condition.ConditionInput;
import org.herald.condition.Conditions;
import org.herald.condition.StoredCondition;
import org.herald.entity.EntityModel;

/**
 * A list of contacts, or of the records of another entity type (accounts receivable, rewards
 * participants...): those for whom at least one of its conditions holds (over the contact and its
 * referring entities, or over the record and what it refers to), or those added to it by hand. Its
 * members are never stored for a condition-based segment: the database answers who they are when
 * asked.
 */
@Entity
@Table(name = "segment")
@NamedQuery(name = "Segment.byCode", query = "SELECT s FROM Segment s WHERE s.code = :code")
public class Segment implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
  @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, unique = true)
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private SegmentKind kind;

  // contact_information: a list of contacts; another entity type: a list of its records.
  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "segment_condition", joinColumns = @JoinColumn(name = "segment_id"))
  @OrderColumn(name = "position")
  private List<StoredCondition> conditions = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Segment() {}

  Segment(
      String code,
      SegmentKind kind,
      String entityType,
      String name,
      Conditions conditions,
      Instant now) {
    this.code = code;
    this.kind = kind;
    this.entityType = entityType;
    this.createdAt = now;
    revise(name, conditions, now);
  }

  void revise(String name, Conditions conditions, Instant now) {
    this.name = name;
    this.conditions.clear();
    conditions.inputs().forEach(input -> this.conditions.add(new StoredCondition(input)));
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public SegmentKind getKind() {
    return kind;
  }

  /** The entity type of its members: {@code contact_information} for a list of contacts. */
  public String getEntityType() {
    return entityType;
  }

  /** Whether its members are contacts (not records of another entity type). */
  public boolean listsContacts() {
    return EntityModel.CONTACT_INFORMATION.equals(entityType);
  }

  /** Empties its conditions, before a revision refills them. */
  void emptyConditions() {
    conditions.clear();
  }

  public List<ConditionInput> getConditions() {
    return conditions.stream().map(StoredCondition::input).toList();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
