package org.herald.web.api.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.herald.web.api.HeraldApi;

/**
 * The JAX-RS resource methods of the API, by the operation they serve ({@code "GET
 * /api/v1/contacts/{number}"}), so a correction can read what a method really returns.
 */
final class ResourceMethods {

  private ResourceMethods() {}

  static Map<String, Method> scan() {
    String root = HeraldApi.class.getAnnotation(ApplicationPath.class).value();
    Map<String, Method> byOperation = new HashMap<>();
    for (Class<?> type : ClassListing.beside(HeraldApi.class)) {
      Path path = type.getAnnotation(Path.class);
      if (path == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        String verb = verb(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          byOperation.put(
              key(verb, join(root, path.value(), sub == null ? "" : sub.value())), method);
        }
      }
    }
    return byOperation;
  }

  static String key(String verb, String path) {
    return verb.toUpperCase() + " " + path;
  }

  private static String verb(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String... parts) {
    return "/"
        + Stream.of(parts)
            .flatMap(p -> Stream.of(p.split("/")))
            .filter(p -> !p.isEmpty())
            .collect(Collectors.joining("/"));
  }
}
