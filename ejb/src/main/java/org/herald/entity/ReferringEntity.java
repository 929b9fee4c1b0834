package org.herald.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A referring entity as the CRM last synced it: its type, its number (the CRM's key) and its
 * validated values, stored as one JSON object (see {@link EntityValues}).
 */
@Entity
@Table(name = "referring_entity")
@NamedQuery(
    name = "ReferringEntity.byKey",
    query = "SELECT e FROM ReferringEntity e WHERE e.type = :type AND e.number = :number")
@NamedQuery(
    name = "ReferringEntity.byNumbers",
    query = "SELECT e FROM ReferringEntity e WHERE e.type = :type AND e.number IN :numbers")
public class ReferringEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referring_entity_seq")
  @SequenceGenerator(
      name = "referring_entity_seq",
      sequenceName = "referring_entity_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "type", nullable = false, updatable = false)
  private String type;

  @Column(name = "number", nullable = false, updatable = false)
  private String number;

  @Column(name = "field_values", nullable = false)
  private String fieldValues;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected ReferringEntity() {}

  ReferringEntity(EntitySnapshot snapshot, Instant now) {
    this.type = snapshot.type();
    this.number = snapshot.number();
    replace(snapshot, now);
  }

  void replace(EntitySnapshot snapshot, Instant now) {
    this.fieldValues = EntityValues.toJson(snapshot.values());
    this.updatedAt = now;
  }

  /** The record as rendering reads it; values the model no longer declares are left out. */
  public EntitySnapshot snapshot(EntityType entityType) {
    return new EntitySnapshot(type, number, EntityValues.fromJson(entityType, fieldValues));
  }

  public Long getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
