package org.herald.web.api.openapi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Removes what Payara writes for every annotated schema whether or not anyone said it ({@code
 * maxProperties: 0}, which forbids every property, {@code minLength: 0}, {@code nullable: false}
 * and the other false flags), and turns annotation examples, always strings, into the JSON values
 * they spell: an array, an object, a number or a boolean where the schema's type is one.
 */
final class SchemaDefaults {

  private SchemaDefaults() {}

  static void strip(OpenAPI openAPI) {
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Consumer<Schema> visit =
        new Consumer<>() {
          @Override
          public void accept(Schema schema) {
            if (schema == null || !seen.add(schema)) {
              return;
            }
            clean(schema);
            children(schema).forEach(this);
          }
        };
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(visit);
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          if (operation.getParameters() != null) {
                            operation.getParameters().forEach(p -> visit.accept(p.getSchema()));
                          }
                          if (operation.getRequestBody() != null) {
                            schemasOf(operation.getRequestBody().getContent()).forEach(visit);
                          }
                          if (operation.getResponses() != null) {
                            operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> schemasOf(r.getContent()).forEach(visit));
                          }
                        }));
  }

  private static Stream<Schema> schemasOf(Content content) {
    return content == null || content.getMediaTypes() == null
        ? Stream.empty()
        : content.getMediaTypes().values().stream().map(m -> m.getSchema());
  }

  private static Stream<Schema> children(Schema schema) {
    Stream<Schema> properties =
        schema.getProperties() == null ? Stream.empty() : schema.getProperties().values().stream();
    Stream<Schema> composed =
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
            .filter(l -> l != null)
            .flatMap(List::stream);
    return Stream.concat(
        Stream.concat(properties, composed),
        Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()));
  }

  private static void clean(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (schema.getExample() instanceof String example) {
      schema.setExample(valueOf(example, schema.getType()));
    }
  }

  /** The example as the JSON value it spells where the schema's type is not a string. */
  private static Object valueOf(String example, SchemaType type) {
    if (type == null || type == SchemaType.STRING) {
      return example;
    }
    try {
      return switch (type) {
        case INTEGER, NUMBER -> new BigDecimal(example.trim());
        case BOOLEAN -> Boolean.parseBoolean(example.trim());
        default -> parse(example);
      };
    } catch (NumberFormatException | JsonbException e) {
      return example;
    }
  }

  private static Object parse(String json) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(json, Object.class);
    } catch (JsonbException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
