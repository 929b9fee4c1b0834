package org.herald.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.herald.entity.EntityKey;

/** A referring entity a communication refers to, by type and the CRM's number. */
@Embeddable
public class ReferredEntity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "entity_type", nullable = false)
  private String type;

  @Column(name = "entity_number", nullable = false)
  private String number;

  protected ReferredEntity() {}

  ReferredEntity(EntityKey key) {
    this.type = key.type();
    this.number = key.number();
  }

  public EntityKey key() {
    return new EntityKey(type, number);
  }

  public String getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }
}
