package org.herald.web.api.input;

import java.util.List;
import org.herald.api.problem.FieldError;

/**
 * A body that is not one JSON document of the expected shape (400): the errors name the fields that
 * are not, or none when the document as a whole is not JSON.
 */
public class MalformedBodyException extends RuntimeException {

  private final transient List<FieldError> errors;

  public MalformedBodyException(String detail, List<FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  /** The whole document is at fault (not JSON, trailing data): no field to name. */
  static MalformedBodyException document(String detail) {
    return new MalformedBodyException(detail, List.of());
  }

  static MalformedBodyException field(String field, String code, String message) {
    return new MalformedBodyException(
        "The body is not JSON of the expected shape",
        List.of(new FieldError(field, code, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
