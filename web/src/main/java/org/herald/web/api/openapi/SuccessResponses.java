package org.herald.web.api.openapi;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Each operation's success answer from what its method returns: Payara drops the return type as
 * soon as an annotation names any response (a 404, say), and calls it {@code default} otherwise. A
 * method returning a DTO answers 200 with its schema (a {@code Page<X>} as {@code XPage}), a void
 * one 204; one returning a {@code Response} keeps what its annotations say.
 */
final class SuccessResponses {

  private final RecordSchemas types;
  private final Map<String, Method> methods;

  SuccessResponses(RecordSchemas types, Map<String, Method> methods) {
    this.types = types;
    this.methods = methods;
  }

  void document(OpenAPI openAPI) {
    Operations.of(openAPI)
        .forEach(
            o -> {
              Method method = methods.get(ResourceMethods.key(o.method().name(), o.path()));
              if (method != null && o.operation().getResponses() != null) {
                document(o.operation().getResponses(), method);
              }
            });
  }

  private void document(APIResponses responses, Method method) {
    if (method.getReturnType() == Response.class) {
      return;
    }
    APIResponse returned = responses.getDefaultValue();
    responses.removeAPIResponse(APIResponses.DEFAULT);
    Optional<String> declared =
        responses.getAPIResponses().keySet().stream()
            .filter(c -> c.startsWith("2"))
            .sorted()
            .findFirst();
    if (method.getReturnType() == void.class) {
      if (declared.isEmpty()) {
        responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
      }
      return;
    }
    String code = declared.orElse("200");
    APIResponse success = responses.getAPIResponse(code);
    if (success == null) {
      success = returned != null ? returned : OASFactory.createAPIResponse();
      if (success.getDescription() == null || success.getDescription().startsWith("Default")) {
        success.setDescription("OK");
      }
      responses.addAPIResponse(code, success);
    }
    success.setContent(
        OASFactory.createContent()
            .addMediaType(
                MediaType.APPLICATION_JSON,
                OASFactory.createMediaType()
                    .schema(types.schemaOf(method.getGenericReturnType()))));
  }
}
