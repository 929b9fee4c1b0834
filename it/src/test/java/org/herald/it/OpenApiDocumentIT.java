package org.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as a generator reads it (swagger-parser, which the OpenAPI Generator
 * uses): valid, with unique operationIds, every operation's success and errors documented, and the
 * types Payara's scanner got wrong typed as they are.
 */
class OpenApiDocumentIT {

  private static OpenAPI document;

  @BeforeAll
  static void read() {
    ApiResponse served = HeraldClient.backOffice().page("/openapi?format=JSON");
    assertEquals(200, served.status(), served.toString());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
    assertEquals(List.of(), result.getMessages(), "the parser's complaints");
    document = result.getOpenAPI();
    assertNotNull(document);
  }

  @Test
  void operationIdsAreUniqueAndEveryAnswerIsDocumented() {
    Set<String> ids = new HashSet<>();
    List<String> faults = new ArrayList<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String where = method + " " + path;
                          if (!ids.add(operation.getOperationId())) {
                            faults.add(
                                where + ": operationId " + operation.getOperationId() + " again");
                          }
                          check(where, operation, faults);
                        }));
    assertEquals(List.of(), faults);
  }

  private static void check(String where, Operation operation, List<String> faults) {
    boolean success =
        operation.getResponses().keySet().stream()
            .anyMatch(
                code -> code.startsWith("2") || code.startsWith("3") || code.equals("default"));
    if (!success) {
      faults.add(where + ": no success answer");
    }
    operation
        .getResponses()
        .forEach(
            (code, response) -> {
              // A recipient's browser reaches the public pages: their own refusals are pages.
              boolean page =
                  where.contains("/public/")
                      && List.of("404", "409", "410").contains(code)
                      && response.getContent() != null
                      && response.getContent().containsKey("text/html");
              if (code.startsWith("4")
                  && !page
                  && (response.getContent() == null
                      || !response.getContent().containsKey("application/problem+json"))) {
                faults.add(where + " " + code + ": not documented as application/problem+json");
              }
            });
  }

  @Test
  void typesAreWhatTheJsonIs() {
    Map<String, Schema> schemas = document.getComponents().getSchemas();
    Schema<?> media = property(schemas, "ExternalSystem", "supportedMedia");
    assertEquals("array", media.getType());
    assertEquals("#/components/schemas/Medium", media.getItems().get$ref(), "an array of enums");
    assertEquals(
        "#/components/schemas/QueueStateBatchItem",
        property(schemas, "QueueStateBatch", "items").getItems().get$ref());
    Schema<?> createdAt = property(schemas, "Communication", "createdAt");
    assertEquals("string", createdAt.getType());
    assertEquals("date-time", createdAt.getFormat());
    Schema<?> unrestricted = property(schemas, "NewCommunication", "unrestricted");
    assertEquals("object", unrestricted.getType());
    assertEquals("string", ((Schema<?>) unrestricted.getAdditionalProperties()).getType());
    assertTrue(unrestricted.getMaxProperties() == null, "no maxProperties: 0");
    assertTrue(
        unrestricted.getExample() != null && !(unrestricted.getExample() instanceof String),
        "an example object, not a string: " + unrestricted.getExample());
    assertEquals(
        "#/components/schemas/Contact",
        property(schemas, "ContactPage", "items").getItems().get$ref(),
        "pages typed by their items");
  }

  @Test
  void queryParametersAreTypedAsTheyAreRead() {
    for (PathItem item : document.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        io.swagger.v3.oas.models.responses.ApiResponse ok = operation.getResponses().get("200");
        boolean paged =
            ok != null
                && ok.getContent() != null
                && ok.getContent().get("application/json") != null
                && String.valueOf(ok.getContent().get("application/json").getSchema().get$ref())
                    .endsWith("Page");
        for (Parameter parameter :
            operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
          if (paged && List.of("page", "size").contains(parameter.getName())) {
            assertEquals(
                "integer",
                parameter.getSchema().getType(),
                operation.getOperationId() + " " + parameter.getName());
          }
        }
      }
    }
    Operation communications = document.getPaths().get("/api/v1/communications").getGet();
    Map<String, Parameter> byName = new java.util.HashMap<>();
    communications.getParameters().forEach(p -> byName.put(p.getName(), p));
    assertEquals(List.of("INCOMING", "OUTGOING"), byName.get("direction").getSchema().getEnum());
    assertTrue(byName.get("deliveryState").getSchema().getEnum().contains("REJECTED"));
    assertEquals(200, byName.get("size").getSchema().getMaximum().intValue());
    Operation templates = document.getPaths().get("/api/v1/templates").getGet();
    assertEquals(
        "boolean",
        templates.getParameters().stream()
            .filter(p -> p.getName().equals("effective"))
            .findFirst()
            .orElseThrow()
            .getSchema()
            .getType());
  }

  /**
   * The README's API sections name only operations of the served document: every {@code `METHOD
   * /path`} (methods joined by '/' each count) must be one, path parameters by position.
   */
  @Test
  void theReadmeNamesOnlyOperationsOfTheDocument() throws java.io.IOException {
    Set<String> operations = new HashSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> operations.add(method + " " + shape(path.substring(7)))));
    String readme =
        java.nio.file.Files.readString(
            java.nio.file.Path.of(System.getProperty("herald.it.readme", "../README.md")));
    java.util.regex.Matcher mention =
        java.util.regex.Pattern.compile(
                "`((?:GET|PUT|POST|DELETE|PATCH)(?:/(?:GET|PUT|POST|DELETE|PATCH))*) (/[^`\\s?]*)")
            .matcher(readme);
    List<String> unknown = new ArrayList<>();
    int mentions = 0;
    while (mention.find()) {
      for (String method : mention.group(1).split("/")) {
        mentions++;
        String operation = method + " " + shape(mention.group(2));
        if (!operations.contains(operation)) {
          unknown.add(mention.group(0));
        }
      }
    }
    assertTrue(mentions > 50, "the README's API tables: " + mentions);
    assertEquals(List.of(), unknown, "README mentions that are not operations");
  }

  private static String shape(String path) {
    return path.replaceAll("\\{[^}]+}", "{}");
  }

  private static Schema<?> property(Map<String, Schema> schemas, String schema, String property) {
    Schema<?> found = (Schema<?>) schemas.get(schema).getProperties().get(property);
    assertNotNull(found, schema + "." + property);
    return found;
  }
}
