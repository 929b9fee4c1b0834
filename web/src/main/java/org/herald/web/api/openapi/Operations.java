package org.herald.web.api.openapi;

import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Every operation of the document with its path, for the corrections that walk them. */
record Operations(String path, PathItem.HttpMethod method, Operation operation) {

  static Stream<Operations> of(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return Stream.empty();
    }
    return openAPI.getPaths().getPathItems().entrySet().stream()
        .flatMap(
            path ->
                path.getValue().getOperations().entrySet().stream()
                    .map(
                        (Map.Entry<PathItem.HttpMethod, Operation> op) ->
                            new Operations(path.getKey(), op.getKey(), op.getValue())));
  }

  static Stream<Schema> responseSchemas(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return Stream.empty();
    }
    return operation.getResponses().getAPIResponses().values().stream()
        .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
        .flatMap(r -> r.getContent().getMediaTypes().values().stream())
        .map(m -> m.getSchema())
        .filter(s -> s != null);
  }
}
