package org.herald.bench.e2e;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The run benchmark's recipients, written straight into the tables Herald's entity store and
 * contacts use, with COPY: accounts receivable number {@code i} ({@code referring_entity}, its
 * values as the store keeps them) of contact {@code i}, who has one primary email address. Ids and
 * numbers are {@link #BASE} + i, above anything Herald's sequences hand out; the sequences are
 * moved past them. Every tenth contact has not opted in to direct marketing (the run's type is
 * {@code FINANCIAL}, which goes to them all the same). Each record's {@code entity_field_value}
 * projection is written too, as the store keeps it (FieldProjection): without it the server
 * projects, at its next start-up and one record at a time, every record that lacks it (20,000 took
 * minutes at load 40, holding up the deployment and so the run's take-over after the kill).
 */
final class RunData {

  /** Ids and numbers start above it. */
  static final long BASE = 10_000_000L;

  private RunData() {}

  static long id(int i) {
    return BASE + i;
  }

  static String contactNumber(int i) {
    return "CT" + id(i);
  }

  static String accountNumber(int i) {
    return "AR" + id(i);
  }

  static String email(int i) {
    return "customer" + i + "@bench.company-zx.com";
  }

  static boolean optedIn(int i) {
    return i % 10 != 0;
  }

  /** Writes recipients {@code from} … {@code to - 1}. */
  static void write(Connection connection, int from, int to) throws SQLException, IOException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    String now = java.time.OffsetDateTime.now().toString();
    copy.copyIn(
        "COPY contact (id, number, name, preferred_language, opt_in_direct_marketing,"
            + " opt_in_affiliate_marketing, created_at, updated_at, version) FROM STDIN",
        rows(
            from,
            to,
            i ->
                id(i)
                    + "\t"
                    + contactNumber(i)
                    + "\tCustomer "
                    + i
                    + "\ten\t"
                    + optedIn(i)
                    + "\tfalse\t"
                    + now
                    + "\t"
                    + now
                    + "\t1\n"));
    copy.copyIn(
        "COPY contact_email (contact_id, position, type, address, is_primary) FROM STDIN",
        rows(from, to, i -> id(i) + "\t0\tPERSONAL\t" + email(i) + "\ttrue\n"));
    copy.copyIn(
        "COPY referring_entity (id, type, number, field_values, updated_at, version) FROM STDIN",
        rows(
            from,
            to,
            i ->
                id(i)
                    + "\taccounts_receivable\t"
                    + accountNumber(i)
                    + "\t{\"number\":\""
                    + accountNumber(i)
                    + "\",\"name\":\"Customer "
                    + i
                    + "\",\"balance\":"
                    + (1000 + i % 5000)
                    + ".50,\"outstanding_amount\":"
                    + (100 + i % 900)
                    + ".25,\"due_date\":\"2026-12-31\",\"currency\":\"EUR\",\"contact\":\""
                    + contactNumber(i)
                    + "\"}\t"
                    + now
                    + "\t1\n"));
    // The projection: a row per field, the value in the column of its kind.
    copy.copyIn(
        "COPY entity_field_value (entity_type, entity_number, field, position, text_value,"
            + " number_value, date_value) FROM STDIN",
        rows(
            from,
            to,
            i -> {
              String key = "accounts_receivable\t" + accountNumber(i) + "\t";
              String none = "\\N";
              return key
                  + "number\t0\t"
                  + accountNumber(i)
                  + "\t"
                  + none
                  + "\t"
                  + none
                  + "\n"
                  + key
                  + "name\t0\tCustomer "
                  + i
                  + "\t"
                  + none
                  + "\t"
                  + none
                  + "\n"
                  + key
                  + "balance\t0\t"
                  + none
                  + "\t"
                  + (1000 + i % 5000)
                  + ".50\t"
                  + none
                  + "\n"
                  + key
                  + "outstanding_amount\t0\t"
                  + none
                  + "\t"
                  + (100 + i % 900)
                  + ".25\t"
                  + none
                  + "\n"
                  + key
                  + "due_date\t0\t"
                  + none
                  + "\t"
                  + none
                  + "\t2026-12-31\n"
                  + key
                  + "currency\t0\tEUR\t"
                  + none
                  + "\t"
                  + none
                  + "\n"
                  + key
                  + "contact\t0\t"
                  + contactNumber(i)
                  + "\t"
                  + none
                  + "\t"
                  + none
                  + "\n";
            }));
    try (Statement statement = connection.createStatement()) {
      long past = BASE * 2;
      for (String sequence :
          new String[] {"contact_seq", "contact_number_seq", "referring_entity_seq"}) {
        statement.execute("SELECT setval('" + sequence + "', " + past + ")");
      }
      statement.execute("ANALYZE contact, contact_email, referring_entity, entity_field_value");
    }
  }

  /** Row {@code i} of a COPY, as text. */
  private interface Row {
    String of(int i);
  }

  /** Rows from … to - 1 as one stream of text, made as COPY reads them. */
  private static Reader rows(int from, int to, Row row) {
    return new Reader() {
      private int next = from;
      private String current = "";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        int written = 0;
        while (written < length) {
          if (at == current.length()) {
            if (next == to) {
              break;
            }
            current = row.of(next++);
            at = 0;
          }
          int n = Math.min(length - written, current.length() - at);
          current.getChars(at, at + n, buffer, offset + written);
          at += n;
          written += n;
        }
        return written == 0 ? -1 : written;
      }

      @Override
      public void close() {}
    };
  }
}
