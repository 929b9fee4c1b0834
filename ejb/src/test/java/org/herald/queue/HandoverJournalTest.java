package org.herald.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.herald.channel.SendOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoverJournalTest {

  private final Instant at = Instant.parse("2026-12-03T10:00:00Z");

  @TempDir Path directory;

  @Test
  void aRestartedNodeReadsWhatItsEarlierRunHandedOverAndWhatThePeersAnswered() {
    // The earlier run: entry 1 answered, entry 2 on the wire at the stop, entry 3 never handed
    // over.
    HandoverJournal earlier = new HandoverJournal(directory, "node-1", 1 << 20);
    HandoverJournal.Ticket first = earlier.handingOver(1, 1, at);
    earlier.answered(first, SendOutcome.delivered("250 queued as A1"), at.plusMillis(3));
    earlier.handingOver(2, 4, at.plusMillis(5));
    // No close(): as after kill -9.

    HandoverJournal restarted = new HandoverJournal(directory, "node-1", 1 << 20);
    assertTrue(restarted.hasEarlier());
    Map<Long, HandoverJournal.Handover> records = restarted.earlierRecords();

    HandoverJournal.Handover answered = records.get(1L);
    assertTrue(answered.answered());
    assertEquals(1, answered.claim());
    assertEquals(SendOutcome.delivered("250 queued as A1"), answered.outcome());
    assertEquals(at.plusMillis(3), answered.answeredAt());

    HandoverJournal.Handover underWay = records.get(2L);
    assertFalse(underWay.answered());
    assertEquals(4, underWay.claim());

    assertNull(records.get(3L));
  }

  @Test
  void theLastClaimOfAnEntryCountsNotAnEarlierOnesAnswer() {
    HandoverJournal earlier = new HandoverJournal(directory, "node-1", 1 << 20);
    HandoverJournal.Ticket attempt = earlier.handingOver(7, 1, at);
    earlier.answered(attempt, SendOutcome.transientFailure("421", "try later"), at);
    earlier.handingOver(7, 2, at.plusSeconds(30));

    HandoverJournal.Handover last =
        new HandoverJournal(directory, "node-1", 1 << 20).earlierRecords().get(7L);
    assertEquals(2, last.claim());
    assertFalse(last.answered());
  }

  @Test
  void outcomesWithEveryFieldSurviveTheRoundTrip() {
    HandoverJournal earlier = new HandoverJournal(directory, "node-1", 1 << 20);
    SendOutcome accepted = SendOutcome.accepted("msg-1,msg-2", 2, "Accepted by the SMSC ünïcödé");
    earlier.answered(earlier.handingOver(9, 3, at), accepted, at);

    assertEquals(
        accepted,
        new HandoverJournal(directory, "node-1", 1 << 20).earlierRecords().get(9L).outcome());
  }

  @Test
  void settledSegmentsAreDeletedOnceANewOneIsActiveAndOtherNodesSegmentsAreNotRead()
      throws IOException {
    new HandoverJournal(directory, "node-2", 1 << 20).handingOver(5, 1, at);

    HandoverJournal journal = new HandoverJournal(directory, "node-1", 32);
    HandoverJournal.Ticket first = journal.handingOver(1, 1, at);
    journal.answered(first, SendOutcome.delivered("250"), at);
    HandoverJournal.Ticket second = journal.handingOver(2, 1, at); // over 32 bytes: a new segment
    assertEquals(2, segments("node-1"));

    journal.settled(first);
    assertEquals(1, segments("node-1"), "the sealed segment has nothing open any more");
    journal.settled(second);
    assertEquals(1, segments("node-1"), "the active segment stays");

    HandoverJournal restarted = new HandoverJournal(directory, "node-1", 32);
    assertFalse(restarted.earlierRecords().containsKey(5L), "node-2's records are its own");
    restarted.forgetEarlier();
    assertEquals(1, segments("node-1"), "only the new run's segment is left");
    assertEquals(1, segments("node-2"));
  }

  @Test
  void aRecordCutShortEndsItsSegmentWithoutFailingTheRecovery() throws IOException {
    HandoverJournal earlier = new HandoverJournal(directory, "node-1", 1 << 20);
    earlier.handingOver(1, 1, at);
    Path segment;
    try (Stream<Path> files = Files.list(directory)) {
      segment = files.findFirst().orElseThrow();
    }
    Files.write(segment, new byte[] {'O', 0, 0}, java.nio.file.StandardOpenOption.APPEND);

    HandoverJournal.Handover handover =
        new HandoverJournal(directory, "node-1", 1 << 20).earlierRecords().get(1L);
    assertFalse(handover.answered());
  }

  private long segments(String node) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().contains(node)).count();
    }
  }
}
