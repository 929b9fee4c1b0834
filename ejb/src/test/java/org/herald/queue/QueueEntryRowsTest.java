package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.channel.SendOutcome;
import org.herald.persistence.EntityRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queue entries read past the provider ({@link EntityRows}) hold what their rows hold. */
class QueueEntryRowsTest {

  private static final EntityRows<QueueEntry> ROWS = EntityRows.of(QueueEntry.class);

  private Connection db;

  @BeforeEach
  void table() throws SQLException {
    db =
        DriverManager.getConnection(
            "jdbc:h2:mem:entity_rows;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    try (Statement sql = db.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS queue_entry");
      sql.execute(
          "CREATE TABLE queue_entry (id BIGINT PRIMARY KEY, communication_id BIGINT NOT NULL,"
              + " communication_number VARCHAR(20) NOT NULL, contact_number VARCHAR(20) NOT NULL,"
              + " external_system_id BIGINT, pulled BOOLEAN NOT NULL, medium VARCHAR(20) NOT NULL,"
              + " recipient VARCHAR(320), subject VARCHAR(1000), content VARCHAR NOT NULL,"
              + " list_unsubscribe VARCHAR(2000), state VARCHAR(30) NOT NULL,"
              + " error_code VARCHAR(50), error_reason VARCHAR(1000), attempts INTEGER NOT NULL,"
              + " peer_reference VARCHAR(200), parts INTEGER NOT NULL,"
              + " awaiting_receipt_since TIMESTAMP WITH TIME ZONE,"
              + " expires_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " rate_slot_reserved BOOLEAN NOT NULL, claims INTEGER NOT NULL,"
              + " claimed_by VARCHAR(200), claimed_at TIMESTAMP WITH TIME ZONE,"
              + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " completed_at TIMESTAMP WITH TIME ZONE)");
      // Columns in another order than the fields: the reader goes by name.
      sql.execute(
          "INSERT INTO queue_entry (completed_at, id, communication_id, communication_number,"
              + " contact_number, external_system_id, pulled, medium, recipient, subject, content,"
              + " list_unsubscribe, state, error_code, error_reason, attempts, peer_reference,"
              + " parts, awaiting_receipt_since, expires_at, next_attempt_at, rate_slot_reserved,"
              + " claims, claimed_by, claimed_at, created_at) VALUES"
              + " (TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:06+00', 7, 70, 'CM000070',"
              + " 'CT000009', 3, TRUE, 'SMS', '+302100000000', 'A subject', 'Hello',"
              + " '<mailto:u@x>', 'REJECTED', 'E1', 'refused', 2, 'peer-1', 3,"
              + " TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:01+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-10 10:00:00+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:02+00', TRUE, 4, 'node-a',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-03 12:00:03+02',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:00+00')");
      sql.execute(
          "INSERT INTO queue_entry (id, communication_id, communication_number, contact_number,"
              + " pulled, medium, content, state, attempts, parts, expires_at, next_attempt_at,"
              + " rate_slot_reserved, claims, created_at) VALUES (8, 80, 'CM000080', 'CT000009',"
              + " FALSE, 'EMAIL', 'Hi', 'PENDING', 0, 0,"
              + " TIMESTAMP WITH TIME ZONE '2026-12-10 10:00:00+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:00+00', FALSE, 0,"
              + " TIMESTAMP WITH TIME ZONE '2026-12-03 10:00:00+00')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void everyColumnReachesItsField() throws SQLException {
    QueueEntry entry = read("SELECT * FROM queue_entry WHERE id = 7").get(0);

    assertEquals(7L, entry.getId());
    assertEquals(70L, entry.getCommunicationId());
    assertEquals("CM000070", entry.getCommunicationNumber());
    assertEquals("CT000009", entry.getContactNumber());
    assertEquals(3L, entry.getExternalSystemId());
    assertTrue(entry.isPulled());
    assertEquals(Medium.SMS, entry.getMedium());
    assertEquals("+302100000000", entry.getRecipient());
    assertEquals("A subject", entry.getSubject());
    assertEquals("Hello", entry.getContent());
    assertEquals("<mailto:u@x>", entry.getListUnsubscribe());
    assertEquals(QueueState.REJECTED, entry.getState());
    assertEquals("E1", entry.getErrorCode());
    assertEquals("refused", entry.getErrorReason());
    assertEquals(2, entry.getAttempts());
    assertEquals("peer-1", entry.getPeerReference());
    assertEquals(3, entry.getParts());
    assertEquals(Instant.parse("2026-12-03T10:00:01Z"), entry.getAwaitingReceiptSince());
    assertEquals(Instant.parse("2026-12-10T10:00:00Z"), entry.getExpiresAt());
    assertEquals(Instant.parse("2026-12-03T10:00:02Z"), entry.getNextAttemptAt());
    assertTrue(entry.hasRateSlot());
    assertEquals(4, entry.getClaims());
    assertEquals("node-a", entry.getClaimedBy());
    assertEquals(Instant.parse("2026-12-03T10:00:03Z"), entry.getClaimedAt());
    assertEquals(Instant.parse("2026-12-03T10:00:00Z"), entry.getCreatedAt());
    assertEquals(Instant.parse("2026-12-03T10:00:06Z"), entry.getCompletedAt());
    assertTrue(entry.attemptsRecorded().isEmpty(), "a row read has no unsaved attempts");
  }

  @Test
  void nullColumnsAreNullFieldsAndEveryRowIsRead() throws SQLException {
    List<QueueEntry> entries = read("SELECT * FROM queue_entry ORDER BY id");

    assertEquals(List.of(7L, 8L), entries.stream().map(QueueEntry::getId).toList());
    QueueEntry entry = entries.get(1);
    assertNull(entry.getExternalSystemId());
    assertFalse(entry.isPulled());
    assertNull(entry.getRecipient());
    assertNull(entry.getClaimedBy());
    assertNull(entry.getClaimedAt());
    assertNull(entry.getCompletedAt());
    assertNull(entry.getAwaitingReceiptSince());
    assertEquals(QueueState.PENDING, entry.getState());
    assertTrue(entry.isDispatchableAt(Instant.parse("2026-12-03T10:00:00Z")));
  }

  // The statements QueueRepository writes entries with as JDBC batches (H2's form; PostgreSQL's
  // array form, from the same columns, runs in every dispatch of the integration tests).

  @Test
  void theInsertWritesEveryFieldOfANewEntry() throws SQLException {
    QueueEntry entry = read("SELECT * FROM queue_entry WHERE id = 7").get(0);
    entry.storedAs(9);
    try (PreparedStatement insert = db.prepareStatement(QueueRepository.INSERT.each())) {
      QueueRepository.INSERT.columns().bind(insert, 1, entry);
      assertEquals(1, insert.executeUpdate());
    }

    QueueEntry copy = read("SELECT * FROM queue_entry WHERE id = 9").get(0);
    assertEquals(fieldsOf(entry), fieldsOf(copy));
  }

  @Test
  void theWriteBackWritesAClaimAndTheSettlementOnlyWhereThatClaimStillHolds() throws SQLException {
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    QueueEntry entry = read("SELECT * FROM queue_entry WHERE id = 8").get(0);
    entry.claim("node-b", now);
    try (PreparedStatement update = db.prepareStatement(QueueRepository.WRITE_BACK)) {
      QueueRepository.CHANGES_BY_ID.bind(update, 1, entry);
      assertEquals(1, update.executeUpdate());
    }
    QueueEntry claimed = read("SELECT * FROM queue_entry WHERE id = 8").get(0);
    assertEquals("node-b", claimed.getClaimedBy());
    assertEquals(now, claimed.getClaimedAt());
    assertEquals(1, claimed.getClaims());

    entry.settle(
        SendOutcome.delivered("250 OK"),
        new Backoff(3, Duration.ofSeconds(2), Duration.ofHours(1)),
        now.plusSeconds(1));
    assertEquals(0, settle(entry, "node-c"), "another node's settlement writes nothing");
    assertEquals(1, settle(entry, "node-b"));
    assertEquals(0, settle(entry, "node-b"), "settled, the entry is no longer held");
    QueueEntry settled = read("SELECT * FROM queue_entry WHERE id = 8").get(0);
    assertEquals(QueueState.COMPLETED, settled.getState());
    assertEquals(1, settled.getAttempts());
    assertNull(settled.getClaimedBy());
    assertEquals(now.plusSeconds(1), settled.getCompletedAt());
  }

  private int settle(QueueEntry entry, String node) throws SQLException {
    try (PreparedStatement update = db.prepareStatement(QueueRepository.SETTLE)) {
      int next = QueueRepository.CHANGES_BY_ID.bind(update, 1, entry);
      update.setString(next, node);
      update.setInt(next + 1, entry.getClaims());
      return update.executeUpdate();
    }
  }

  /** What an entry holds, field by field, but its id. */
  private static List<Object> fieldsOf(QueueEntry entry) {
    return Arrays.asList(
        entry.getCommunicationId(),
        entry.getCommunicationNumber(),
        entry.getContactNumber(),
        entry.getExternalSystemId(),
        entry.isPulled(),
        entry.getMedium(),
        entry.getRecipient(),
        entry.getSubject(),
        entry.getContent(),
        entry.getListUnsubscribe(),
        entry.getState(),
        entry.getErrorCode(),
        entry.getErrorReason(),
        entry.getAttempts(),
        entry.getPeerReference(),
        entry.getParts(),
        entry.getAwaitingReceiptSince(),
        entry.getExpiresAt(),
        entry.getNextAttemptAt(),
        entry.hasRateSlot(),
        entry.getClaims(),
        entry.getClaimedBy(),
        entry.getClaimedAt(),
        entry.getCreatedAt(),
        entry.getCompletedAt());
  }

  private List<QueueEntry> read(String query) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      return ROWS.readAll(rows);
    }
  }
}
