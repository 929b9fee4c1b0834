package org.herald.web.api.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The served document's last step ({@code mp.openapi.filter}): Payara's scanner types lists of
 * enums and of records as arrays of arrays, {@code Instant} as {@code object}, free maps with
 * {@code maxProperties: 0}, annotation examples as strings, and leaves error responses without a
 * body, and calls every query parameter a string. Each correction is its own class; this runs them
 * in order.
 */
public class ContractFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    RecordSchemas types =
        new RecordSchemas(DtoCatalogue.scan(), openAPI.getComponents().getSchemas());
    types.correct();
    Map<String, Method> methods = ResourceMethods.scan();
    new SuccessResponses(types, methods).document(openAPI);
    new QueryParameters(methods).type(openAPI);
    new PageSchemas().add(openAPI);
    new ProblemResponses().document(openAPI);
    SchemaDefaults.strip(openAPI);
    onceEachTag(openAPI);
    withoutEndpoints(openAPI);
  }

  /**
   * Payara adds a top-level {@code endpoints} list of its own, which OpenAPI 3.0 does not allow
   * (validators refuse the document). It is not part of the model's interface: cleared by name.
   */
  private static void withoutEndpoints(OpenAPI openAPI) {
    try {
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new java.util.TreeMap<>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another implementation: it has no such list
    }
  }

  /** Resources sharing a tag each declare it: list it once, with the first description. */
  private static void onceEachTag(OpenAPI openAPI) {
    if (openAPI.getTags() != null) {
      Map<String, Tag> byName = new LinkedHashMap<>();
      openAPI.getTags().forEach(tag -> byName.putIfAbsent(tag.getName(), tag));
      openAPI.setTags(new ArrayList<>(byName.values()));
    }
  }
}
