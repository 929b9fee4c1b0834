package org.herald.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads entities from JDBC rows by the entities' own mapping: each field's {@code @Column} (or an
 * {@code @Id} field's name), enums {@code @Enumerated} by name, {@link Instant} as {@link
 * InstantConverter} stores it. For rows a statement locks and the caller writes back by JDBC
 * ({@link JdbcBatch}): the provider's read of a native query builds, registers and clones each
 * entity and matches its columns by name one by one, a fifth of an SMS drain's CPU for the claim's
 * read alone. The entities come back new and unmanaged, as if detached; collections and relations
 * are not read (an entity with a mapped relation is refused). An element collection's items
 * ({@code @Embeddable}) are read the same way, from their collection table's rows.
 */
public final class EntityRows<T> {

  private final Class<T> entity;
  private final Constructor<T> constructor;
  private final List<Mapped> columns;

  private EntityRows(Class<T> entity) {
    if (!entity.isAnnotationPresent(Entity.class)
        && !entity.isAnnotationPresent(Embeddable.class)) {
      throw new IllegalArgumentException(entity + " is neither an entity nor embeddable");
    }
    this.entity = entity;
    try {
      this.constructor = entity.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(entity + " has no constructor without arguments", e);
    }
    constructor.setAccessible(true);
    List<Mapped> mapped = new ArrayList<>();
    for (Field field : entity.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || Modifier.isTransient(field.getModifiers())
          || field.isSynthetic()
          || field.isAnnotationPresent(Transient.class)
          || field.isAnnotationPresent(ElementCollection.class)) {
        continue;
      }
      String column;
      if (field.isAnnotationPresent(Column.class)) {
        column = field.getAnnotation(Column.class).name();
      } else if (field.isAnnotationPresent(Id.class)) {
        column = field.getName();
      } else if (field.getName().startsWith("_persistence_")) {
        continue; // the provider's weaving, where it has woven the class
      } else {
        throw new IllegalArgumentException(
            entity.getSimpleName() + "." + field.getName() + " maps no column this reader knows");
      }
      field.setAccessible(true);
      mapped.add(new Mapped(column, field, reading(field)));
    }
    this.columns = List.copyOf(mapped);
  }

  /** The reader of {@code entity}'s (or an embeddable's) rows; made once per class and kept. */
  public static <T> EntityRows<T> of(Class<T> entity) {
    return new EntityRows<>(entity);
  }

  /** Every row {@code rows} has left, each as a new entity. */
  public List<T> readAll(ResultSet rows) throws SQLException {
    int[] at = new int[columns.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = rows.findColumn(columns.get(i).column);
    }
    List<T> read = new ArrayList<>();
    while (rows.next()) {
      T instance = newInstance();
      for (int i = 0; i < at.length; i++) {
        Mapped mapped = columns.get(i);
        Object value = mapped.reading.read(rows, at[i]);
        try {
          mapped.field.set(instance, value);
        } catch (IllegalAccessException | IllegalArgumentException e) {
          throw new IllegalStateException(
              "Cannot set " + entity.getSimpleName() + "." + mapped.field.getName(), e);
        }
      }
      read.add(instance);
    }
    return read;
  }

  private T newInstance() {
    try {
      return constructor.newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot make a " + entity.getSimpleName(), e);
    }
  }

  /** How a field's value is read from its column (null where the column is and the type allows). */
  @FunctionalInterface
  private interface Reading {
    Object read(ResultSet rows, int column) throws SQLException;
  }

  private record Mapped(String column, Field field, Reading reading) {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Reading reading(Field field) {
    Class<?> type = field.getType();
    if (type == String.class) {
      return ResultSet::getString;
    }
    if (type == long.class) {
      return ResultSet::getLong;
    }
    if (type == int.class) {
      return ResultSet::getInt;
    }
    if (type == boolean.class) {
      return ResultSet::getBoolean;
    }
    if (type == Long.class) {
      return (rows, column) -> {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
      };
    }
    if (type == Integer.class) {
      return (rows, column) -> {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
      };
    }
    if (type == Instant.class) {
      // Not getObject(column, OffsetDateTime.class): Payara's result set wrapper calls that JDBC
      // 4.1 method by reflection, looking it up anew each time (a sixth of an email drain's CPU).
      return (rows, column) -> {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
      };
    }
    if (type.isEnum()
        && field.isAnnotationPresent(Enumerated.class)
        && field.getAnnotation(Enumerated.class).value() == EnumType.STRING) {
      Class<? extends Enum> enumType = (Class<? extends Enum>) type;
      return (rows, column) -> {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(enumType, name);
      };
    }
    throw new IllegalArgumentException(
        field.getDeclaringClass().getSimpleName()
            + "."
            + field.getName()
            + ": this reader does not map "
            + type.getSimpleName());
  }
}
