package org.herald.web.api.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.api.problem.FieldError;
import org.herald.error.InvalidInputException;

/**
 * Refuses path and query parameters that are not text (422 naming the parameter): percent-escapes
 * that are not UTF-8, which the container would decode to U+FFFD, and control characters, which
 * PostgreSQL refuses (NUL) or nobody means. Runs after authentication, before any resource.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterCheck implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    List<FieldError> errors = new ArrayList<>();
    check(request.getUriInfo().getPathParameters(false), errors);
    check(request.getUriInfo().getQueryParameters(false), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void check(MultivaluedMap<String, String> encoded, List<FieldError> errors) {
    for (Map.Entry<String, List<String>> parameter : encoded.entrySet()) {
      String name = decode(parameter.getKey());
      if (name == null || Text.problem(name, false) != null) {
        errors.add(
            new FieldError(
                Excerpt.of(parameter.getKey()),
                "INVALID_TEXT",
                "is not a parameter name in UTF-8 text"));
        continue;
      }
      for (String value : parameter.getValue()) {
        String decoded = decode(value);
        String problem =
            decoded == null ? "must be percent-encoded UTF-8" : Text.problem(decoded, false);
        if (problem != null) {
          errors.add(new FieldError(Excerpt.of(name), "INVALID_TEXT", problem));
          break;
        }
      }
    }
  }

  /** The percent-decoded UTF-8 text, or null when the escapes are not UTF-8. */
  static String decode(String encoded) {
    if (encoded.indexOf('%') < 0) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    return Text.utf8(bytes.toByteArray());
  }
}
