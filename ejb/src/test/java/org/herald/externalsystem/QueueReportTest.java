package org.herald.externalsystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.api.QueueState;
import org.junit.jupiter.api.Test;

class QueueReportTest {

  @Test
  void aSystemMayCompleteRemoveOrRejectWithACode() {
    assertTrue(report(QueueState.COMPLETED, null).faults().isEmpty());
    assertTrue(report(QueueState.COMPLETED_AND_REMOVED, null).faults().isEmpty());
    assertTrue(report(QueueState.REJECTED, "NO_DEVICE").faults().isEmpty());
  }

  @Test
  void aRejectionNeedsAnErrorCodeThatFitsWhole() {
    assertEquals(List.of("errorCode:REQUIRED"), faults(report(QueueState.REJECTED, null)));
    assertEquals(List.of("errorCode:REQUIRED"), faults(report(QueueState.REJECTED, " ")));
    assertTrue(report(QueueState.REJECTED, "X".repeat(50)).faults().isEmpty());
    assertEquals(
        List.of("errorCode:OUT_OF_RANGE"), faults(report(QueueState.REJECTED, "X".repeat(51))));
  }

  @Test
  void anEntryCannotBeReportedBackToPendingNorWithoutAState() {
    assertEquals(List.of("state:UNKNOWN_VALUE"), faults(report(QueueState.PENDING, null)));
    assertEquals(List.of("state:REQUIRED"), faults(report(null, null)));
  }

  private static QueueReport report(QueueState state, String code) {
    return new QueueReport("CM000001", state, code, "why");
  }

  private static List<String> faults(QueueReport report) {
    return report.faults().stream().map(f -> f.field() + ":" + f.code()).toList();
  }
}
