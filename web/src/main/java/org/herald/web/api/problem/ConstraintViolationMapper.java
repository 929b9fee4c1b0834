package org.herald.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.herald.api.problem.FieldError;

/** Bean Validation failures, each named by the JSON path of the field ({@code emails[1].type}). */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(jsonPath(v.getPropertyPath()), code(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return Problems.invalid("The request has invalid values; nothing was stored", errors);
  }

  /** Drops the method and parameter nodes Jersey's path starts with; keeps indexes. */
  static String jsonPath(Path path) {
    StringBuilder json = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        if (node.getKind() == ElementKind.PARAMETER && isQueryOrHeader(path)) {
          json.append(node.getName());
        }
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null) {
        json.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (!json.isEmpty()) {
          json.append('.');
        }
        json.append(node.getName());
      }
    }
    return json.toString();
  }

  private static boolean isQueryOrHeader(Path path) {
    int nodes = 0;
    for (Path.Node ignored : path) {
      nodes++;
    }
    return nodes == 2;
  }

  private static String code(ConstraintViolation<?> violation) {
    String annotation =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (annotation) {
      case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
      case "Size", "Max", "Min" -> "OUT_OF_RANGE";
      default -> annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    };
  }
}
