package org.herald.error;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.herald.api.problem.FieldError;

/** Input that breaks one or more rules; nothing was stored. Every offending field is listed. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.size()
            + " invalid value(s): "
            + errors.get(0).field()
            + " "
            + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String code, String message) {
    return new InvalidInputException(List.of(new FieldError(field, code, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
