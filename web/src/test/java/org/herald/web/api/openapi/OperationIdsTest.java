package org.herald.web.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS operation names its operationId, once in the API: a generated client's method names
 * come from them, and Payara would otherwise use the Java method's (get ×11, update ×8).
 */
class OperationIdsTest {

  private final Map<String, Method> operations = ResourceMethods.scan();

  @Test
  void everyOperationNamesItsOperationId() {
    assertTrue(operations.size() > 40, "resource methods found: " + operations.keySet());
    List<String> unnamed =
        operations.entrySet().stream()
            .filter(
                e ->
                    e.getValue().getAnnotation(Operation.class) == null
                        || e.getValue().getAnnotation(Operation.class).operationId().isBlank())
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    assertEquals(List.of(), unnamed, "operations without an operationId");
  }

  @Test
  void noOperationIdIsUsedTwice() {
    Map<String, List<String>> byId =
        operations.entrySet().stream()
            .filter(e -> e.getValue().getAnnotation(Operation.class) != null)
            .collect(
                Collectors.groupingBy(
                    e -> e.getValue().getAnnotation(Operation.class).operationId(),
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    byId.values().removeIf(keys -> keys.size() == 1);
    assertEquals(Map.of(), byId, "operationIds used more than once");
  }
}
