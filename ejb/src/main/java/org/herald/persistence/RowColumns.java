package org.herald.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns a hand-written statement writes for rows of type {@code T}, each with how to read its
 * value from a row. One definition gives both forms of a statement for many rows: a JDBC batch (the
 * columns bound once per row) and, on PostgreSQL, one statement whose columns are each bound as one
 * array and {@code unnest}ed together, which the database plans and runs once for all the rows
 * rather than once per row.
 */
public final class RowColumns<T> {

  /** A column: its name, its SQL type (that of its array, and its element's name for JDBC). */
  private record Column<T>(
      String name, String sqlType, String elementType, int jdbcType, Function<T, ?> value) {}

  private final List<Column<T>> columns;

  private RowColumns(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /** No column yet. */
  public static <T> RowColumns<T> of() {
    return new RowColumns<>(List.of());
  }

  public RowColumns<T> text(String name, Function<T, String> value) {
    return with(new Column<>(name, "varchar", "varchar", Types.VARCHAR, value));
  }

  public RowColumns<T> integer(String name, Function<T, Integer> value) {
    return with(new Column<>(name, "integer", "int4", Types.INTEGER, value));
  }

  public RowColumns<T> bigint(String name, Function<T, Long> value) {
    return with(new Column<>(name, "bigint", "int8", Types.BIGINT, value));
  }

  public RowColumns<T> bool(String name, Function<T, Boolean> value) {
    return with(new Column<>(name, "boolean", "bool", Types.BOOLEAN, value));
  }

  /** A point in time, written as {@link InstantConverter} stores it. */
  public RowColumns<T> time(String name, Function<T, Instant> value) {
    return with(
        new Column<>(
            name,
            "timestamptz",
            "timestamptz",
            Types.TIMESTAMP_WITH_TIMEZONE,
            value.andThen(InstantConverter::toNative)));
  }

  /** These columns followed by {@code more}'s. */
  public RowColumns<T> and(RowColumns<T> more) {
    List<Column<T>> all = new ArrayList<>(columns);
    all.addAll(more.columns);
    return new RowColumns<>(all);
  }

  private RowColumns<T> with(Column<T> column) {
    List<Column<T>> all = new ArrayList<>(columns);
    all.add(column);
    return new RowColumns<>(all);
  }

  /** {@code a, b, …}: an INSERT's column list. */
  public String names() {
    return columns.stream().map(Column::name).collect(Collectors.joining(", "));
  }

  /** {@code ?, ?, …}: an INSERT's values, one row. */
  public String placeholders() {
    return columns.stream().map(column -> "?").collect(Collectors.joining(", "));
  }

  /** {@code a = ?, b = ?, …}: an UPDATE's assignments, one row. */
  public String assignments() {
    return columns.stream().map(column -> column.name() + " = ?").collect(Collectors.joining(", "));
  }

  /**
   * {@code unnest(?::varchar[], ?::integer[], …) AS v(a, b, …)}: the rows, one array per column
   * ({@link #bindArrays}), as a table. PostgreSQL only.
   */
  public String unnest(String alias) {
    return "unnest("
        + columns.stream()
            .map(column -> "?::" + column.sqlType() + "[]")
            .collect(Collectors.joining(", "))
        + ") AS "
        + alias
        + "("
        + names()
        + ")";
  }

  /** Binds one row's values from parameter {@code first} on; answers the next parameter's index. */
  public int bind(PreparedStatement statement, int first, T row) throws SQLException {
    int index = first;
    for (Column<T> column : columns) {
      Object value = column.value().apply(row);
      if (value == null) {
        statement.setNull(index++, column.jdbcType());
      } else {
        statement.setObject(index++, value);
      }
    }
    return index;
  }

  /**
   * Binds the rows' values column by column, one array each ({@link #unnest}), from parameter
   * {@code first} on; answers the next parameter's index.
   */
  public int bindArrays(PreparedStatement statement, int first, List<? extends T> rows)
      throws SQLException {
    Connection connection = statement.getConnection();
    int index = first;
    for (Column<T> column : columns) {
      Object[] values = new Object[rows.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = column.value().apply(rows.get(i));
      }
      statement.setArray(index++, connection.createArrayOf(column.elementType(), values));
    }
    return index;
  }
}
