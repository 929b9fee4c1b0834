package org.herald.web.api.openapi;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.herald.api.problem.Problem;
import org.herald.web.api.PublicAccess;

/**
 * Every error an operation can answer, documented as {@code application/problem+json}: the ones its
 * annotations name, and those every operation of its kind can answer (401 without the key, 400 for
 * a body that is not JSON, 422 for an invalid value, 404 under a path with parameters).
 */
final class ProblemResponses {

  private static final String PROBLEM = "#/components/schemas/Problem";

  void document(OpenAPI openAPI) {
    Operations.of(openAPI).forEach(o -> document(o.operation(), o.path()));
  }

  private void document(Operation operation, String path) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean isPublic =
        operation.getTags() != null && operation.getTags().contains(PublicAccess.TAG);
    if (isPublic) {
      operation.setSecurity(List.of());
    } else {
      addIfAbsent(responses, "401", "Missing or wrong bearer key");
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (operation.getRequestBody() != null) {
      addIfAbsent(
          responses,
          "400",
          "The body is not the JSON document this operation reads (malformed, trailing data, a"
              + " value of the wrong JSON type)");
    }
    if (takesInput) {
      addIfAbsent(responses, "422", "Invalid value: the problem's errors name each field");
    }
    if (path.contains("{")) {
      addIfAbsent(responses, "404", "Nothing under this path");
    }
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      if (isPublic && isPage(response.getKey())) {
        // What a recipient's browser reaches answers its refusals as pages, not problems.
        response.getValue().setContent(page());
      } else if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        response
            .getValue()
            .setContent(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM))));
      }
    }
  }

  /**
   * A public operation's refusal a page answers: the token's own (404, 409, 410); a request the
   * shared edge refuses (400, 422: a control character in the token) is still a problem.
   */
  private static boolean isPage(String code) {
    return List.of("404", "409", "410").contains(code);
  }

  private static Content page() {
    return OASFactory.createContent()
        .addMediaType(
            MediaType.TEXT_HTML,
            OASFactory.createMediaType().schema(OASFactory.createSchema().type(SchemaType.STRING)));
  }

  private static void addIfAbsent(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
    }
  }
}
