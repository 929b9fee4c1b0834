package org.herald.web.api.openapi;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.herald.api.Page;
import org.herald.paging.PageRequest;

/**
 * Query parameters typed as the API reads them. Resources take them as text, so a bad value is a
 * 422 naming the parameter rather than JAX-RS's bare 404, and the scanner then calls every one a
 * string: a list's {@code page} and {@code size} are integers within {@link PageRequest}'s bounds,
 * and a filter whose {@code @Parameter} schema names an enum ({@code implementation}) or a type
 * ({@code type}) is that enum's names or that type.
 */
final class QueryParameters {

  private final Map<String, Method> methods;

  QueryParameters(Map<String, Method> methods) {
    this.methods = methods;
  }

  void type(OpenAPI openAPI) {
    Operations.of(openAPI)
        .forEach(
            o -> {
              Method method = methods.get(ResourceMethods.key(o.method().name(), o.path()));
              List<org.eclipse.microprofile.openapi.models.parameters.Parameter> documented =
                  o.operation().getParameters();
              if (method == null || documented == null) {
                return;
              }
              boolean paged = Page.class.isAssignableFrom(method.getReturnType());
              for (Parameter parameter : method.getParameters()) {
                QueryParam query = parameter.getAnnotation(QueryParam.class);
                Schema schema = query == null ? null : schemaOf(parameter, query.value(), paged);
                if (schema != null) {
                  documented.stream()
                      .filter(
                          d ->
                              d.getIn()
                                      == org.eclipse.microprofile.openapi.models.parameters
                                          .Parameter.In.QUERY
                                  && query.value().equals(d.getName()))
                      .forEach(d -> d.setSchema(schema));
                }
              }
            });
  }

  private static Schema schemaOf(Parameter parameter, String name, boolean paged) {
    org.eclipse.microprofile.openapi.annotations.parameters.Parameter annotated =
        parameter.getAnnotation(
            org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
    if (annotated != null) {
      Class<?> implementation = annotated.schema().implementation();
      if (implementation.isEnum()) {
        return OASFactory.createSchema()
            .type(SchemaType.STRING)
            .enumeration(
                Arrays.stream(implementation.getEnumConstants())
                    .map(c -> (Object) ((Enum<?>) c).name())
                    .toList());
      }
      if (annotated.schema().type()
          == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN) {
        return OASFactory.createSchema().type(SchemaType.BOOLEAN);
      }
    }
    if (paged && parameter.getType() == String.class) {
      if (name.equals("page")) {
        return OASFactory.createSchema()
            .type(SchemaType.INTEGER)
            .format("int32")
            .minimum(BigDecimal.ZERO)
            .defaultValue(0);
      }
      if (name.equals("size")) {
        return OASFactory.createSchema()
            .type(SchemaType.INTEGER)
            .format("int32")
            .minimum(BigDecimal.ONE)
            .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
            .defaultValue(PageRequest.DEFAULT_SIZE);
      }
    }
    return null;
  }
}
