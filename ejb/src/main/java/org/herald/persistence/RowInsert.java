package org.herald.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The insert of many new rows into one table, past the persistence provider: on PostgreSQL one
 * statement whose columns are bound as arrays ({@code INSERT … SELECT * FROM unnest(…)}), elsewhere
 * a JDBC batch of one execution per row. An insert joins nothing, so the plan PostgreSQL keeps for
 * it cannot go wrong as the table grows (an {@code UPDATE … FROM unnest(…)} did: see {@code
 * QueueRepository#settleHeld}).
 */
public final class RowInsert<T> {

  private final RowColumns<T> columns;
  private final String each;
  private final String all;

  public RowInsert(String table, RowColumns<T> columns) {
    this.columns = columns;
    this.each =
        "INSERT INTO "
            + table
            + " ("
            + columns.names()
            + ") VALUES ("
            + columns.placeholders()
            + ")";
    this.all =
        "INSERT INTO " + table + " (" + columns.names() + ") SELECT * FROM " + columns.unnest("r");
  }

  /** The columns, in the statements' order. */
  public RowColumns<T> columns() {
    return columns;
  }

  /** The statement for one row, which a JDBC batch runs per row. */
  public String each() {
    return each;
  }

  /** The statement for all the rows at once (PostgreSQL). */
  public String all() {
    return all;
  }

  /**
   * Inserts the rows in the current transaction, as one statement of arrays where {@code features}
   * says the database unnests them (a single row goes as it is: arrays of one only cost their
   * making).
   */
  public void run(EntityManager em, DatabaseFeatures features, List<? extends T> rows) {
    Writes writes = new Writes(em, features);
    addTo(writes, rows);
    writes.run();
  }

  /** As {@link #run}, the insert added to {@code writes}, sent with what else they hold. */
  public void addTo(Writes writes, List<? extends T> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (rows.size() == 1) {
      writes.add(each, (statement, first) -> columns.bind(statement, first, rows.get(0)));
    } else if (writes.unnestsArrays()) {
      writes.add(all, (statement, first) -> columns.bindArrays(statement, first, rows));
    } else {
      writes.batch(each, rows, (statement, row) -> columns.bind(statement, 1, row));
    }
  }
}
