package org.herald.web.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.api.problem.FieldError;

/** The 400 answer for an unparseable body, naming the property when the parser did. */
final class MalformedBody {

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  private MalformedBody() {}

  static Response response(Throwable failure) {
    String field = null;
    for (Throwable t = failure;
        t != null && field == null;
        t = t.getCause() == t ? null : t.getCause()) {
      Matcher matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (matcher.find()) {
        field = matcher.group(1);
      }
    }
    List<FieldError> errors =
        field == null
            ? List.of()
            : List.of(new FieldError(field, "MALFORMED", "has the wrong JSON type"));
    return Problems.of(
        400,
        "malformed-body",
        "Malformed request body",
        "The body is not valid JSON of the expected shape",
        errors);
  }
}
