package org.herald.web.admin;

import java.io.Serializable;
import org.herald.condition.ConditionInput;

/** One row of a condition builder: path, operator and value as the admin types them. */
public class ConditionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String path;
  private String operator = "EQUALS";
  private String value;

  public ConditionForm() {}

  ConditionForm(ConditionInput input) {
    this.path = input.path();
    this.operator = input.operator();
    this.value = input.value();
  }

  ConditionInput input() {
    return new ConditionInput(blankToNull(path), operator, blankToNull(value));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
