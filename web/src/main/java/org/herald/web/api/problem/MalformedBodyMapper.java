package org.herald.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.herald.web.api.input.MalformedBodyException;

/** What the strict JSON reader refused: not one JSON document, or not of the expected shape. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<MalformedBodyException> {

  @Override
  public Response toResponse(MalformedBodyException e) {
    return Problems.of(400, "malformed-body", "Malformed request body", e.getMessage(), e.errors());
  }
}
