package org.herald.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The columns an entity's own row has, as its mapping names them, beside those a hand-written
 * {@code INSERT} names: a bulk writer that bypasses the persistence provider must write every one.
 */
public final class MappedColumns {

  private MappedColumns() {}

  /** The columns of the entity's table its fields map (collections' tables left out). */
  public static Set<String> of(Class<?> entity) {
    Set<String> columns = new TreeSet<>();
    for (Field field : entity.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || field.isAnnotationPresent(Transient.class)
          || field.isAnnotationPresent(ElementCollection.class)) {
        continue;
      }
      if (field.isAnnotationPresent(JoinColumn.class)) {
        columns.add(field.getAnnotation(JoinColumn.class).name());
      } else if (field.isAnnotationPresent(Column.class)) {
        columns.add(field.getAnnotation(Column.class).name());
      } else if (field.isAnnotationPresent(Id.class)) {
        columns.add(field.getName());
      }
    }
    return columns;
  }

  /** The columns of {@link #of} an update may change: not the id, nor those never updated. */
  public static Set<String> updatable(Class<?> entity) {
    Set<String> columns = new TreeSet<>();
    for (Field field : entity.getDeclaredFields()) {
      Column column = field.getAnnotation(Column.class);
      if (column != null
          && column.updatable()
          && !field.isAnnotationPresent(Id.class)
          && !field.isAnnotationPresent(Transient.class)
          && !Modifier.isStatic(field.getModifiers())) {
        columns.add(column.name());
      }
    }
    return columns;
  }

  /** The columns an {@code UPDATE table SET a = ?, b = ? WHERE …} sets. */
  public static Set<String> setBy(String update) {
    String list = update.substring(update.indexOf(" SET ") + 5, update.indexOf(" WHERE "));
    return Arrays.stream(list.split(","))
        .map(assignment -> assignment.substring(0, assignment.indexOf('=')).trim())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The columns an {@code INSERT INTO table (a, b, …) VALUES …} names. */
  public static Set<String> insertedBy(String insert) {
    String list = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
