package org.herald.condition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A condition as a table row keeps it (path, operator, value as written), for an owner's
 * {@code @ElementCollection}; parsed again with {@link Conditions#parse} when it is used, so a
 * condition the entity model no longer supports shows up as a problem, not as a crash.
 */
@Embeddable
public class StoredCondition implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "path", nullable = false)
  private String path;

  @Column(name = "operator", nullable = false)
  private String operator;

  @Column(name = "condition_value", nullable = false)
  private String value;

  protected StoredCondition() {}

  public StoredCondition(ConditionInput input) {
    this.path = input.path();
    this.operator = input.operator();
    this.value = input.value();
  }

  public ConditionInput input() {
    return new ConditionInput(path, operator, value);
  }
}
