package org.herald.web.api.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.herald.api.Page;

/**
 * Types each property of a record's schema from the record component's Java type: a list as an
 * array of its element's schema, a map as an object whose {@code additionalProperties} are its
 * values' schema, {@code Instant} as a date-time string, a record or enum as a reference to its own
 * schema. What the annotations said (description, lengths, enumerations, examples) stays.
 */
final class RecordSchemas {

  private static final String COMPONENTS = "#/components/schemas/";

  private final Map<String, Class<?>> catalogue;
  private final Map<String, Schema> schemas;

  RecordSchemas(Map<String, Class<?>> catalogue, Map<String, Schema> schemas) {
    this.catalogue = catalogue;
    this.schemas = schemas;
  }

  void correct() {
    catalogue.forEach(
        (name, type) -> {
          Schema schema = schemas.get(name);
          if (schema != null && type.isEnum() && schema.getType() == null) {
            schema.setType(SchemaType.STRING); // the scanner lists the values, not their type
          }
          if (schema != null && type.isRecord() && schema.getProperties() != null) {
            for (RecordComponent component : type.getRecordComponents()) {
              Schema property = schema.getProperties().get(component.getName());
              if (property != null) {
                schema.addProperty(component.getName(), retype(property, typed(type, component)));
              }
            }
          }
        });
  }

  /**
   * The component's schema from its Java type; a list of strings whose annotation names an {@code
   * implementation} (an enum the edge checks by name) is an array of that.
   */
  private Schema typed(Class<?> record, RecordComponent component) {
    Schema typed = schemaOf(component.getGenericType());
    org.eclipse.microprofile.openapi.annotations.media.Schema annotation;
    try {
      annotation =
          record
              .getDeclaredField(component.getName())
              .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    } catch (NoSuchFieldException e) {
      return typed;
    }
    if (annotation != null
        && annotation.implementation() != Void.class
        && typed.getType() == SchemaType.ARRAY) {
      typed.setItems(schemaOf(annotation.implementation()));
    }
    return typed;
  }

  /** The property as the Java type makes it, keeping what the annotation added. */
  private Schema retype(Schema property, Schema typed) {
    if (typed.getRef() != null) {
      // A $ref takes no siblings in OpenAPI 3.0: the referenced schema says it all.
      return typed;
    }
    if (property.getRef() != null && typed.getType() != SchemaType.ARRAY) {
      return property;
    }
    if (property.getEnumeration() != null
        && !property.getEnumeration().isEmpty()
        && typed.getType() != SchemaType.ARRAY) {
      // A string the annotation gave its allowed values (validated at the edge, not an enum type).
      return property;
    }
    property.setRef(null);
    property.setType(typed.getType());
    property.setFormat(typed.getFormat() != null ? typed.getFormat() : keptFormat(property, typed));
    property.setItems(typed.getItems());
    property.setAdditionalPropertiesSchema(typed.getAdditionalPropertiesSchema());
    property.setEnumeration(typed.getEnumeration());
    if (typed.getType() != SchemaType.OBJECT || typed.getAdditionalPropertiesSchema() != null) {
      property.setProperties(null);
      property.setRequired(null);
    }
    return property;
  }

  private static String keptFormat(Schema property, Schema typed) {
    return typed.getType() == property.getType() ? property.getFormat() : null;
  }

  /** The schema of a Java type: a reference for records and enums, {@code XPage} for a page. */
  Schema schemaOf(Type type) {
    Class<?> raw = raw(type);
    if (raw == Page.class) {
      return OASFactory.createSchema()
          .ref(COMPONENTS + DtoCatalogue.schemaName(raw(argument(type, 0))) + PageSchemas.SUFFIX);
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return OASFactory.createSchema().type(SchemaType.ARRAY).items(schemaOf(argument(type, 0)));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .additionalPropertiesSchema(schemaOf(argument(type, 1)));
    }
    if (raw == Instant.class || raw == OffsetDateTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (raw == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (raw == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    String name = DtoCatalogue.schemaName(raw);
    if ((raw.isRecord() || raw.isEnum()) && schemas.containsKey(name)) {
      return OASFactory.createSchema().ref(COMPONENTS + name);
    }
    if (raw.isEnum()) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .enumeration(
              Arrays.stream(raw.getEnumConstants())
                  .map(c -> (Object) ((Enum<?>) c).name())
                  .toList());
    }
    // Free-form: any JSON value (an entity's values are numbers, strings, booleans, objects…).
    return OASFactory.createSchema();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
