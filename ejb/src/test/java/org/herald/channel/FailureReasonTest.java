package org.herald.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Queue entries say what went wrong in a sentence, whatever exception the exchange threw. */
class FailureReasonTest {

  private static final String PEER = "smtp.example.com:25";

  @Test
  void aRefusedConnectionNamesThePeer() {
    assertEquals(
        "Connection refused by smtp.example.com:25",
        FailureReason.of(new ConnectException("Connection refused"), PEER));
  }

  @Test
  void theKnownCauseIsFoundUnderAWrapper() {
    assertEquals(
        "smtp.example.com:25 did not answer in time",
        FailureReason.of(
            new IOException("wrapped", new SocketTimeoutException("Read timed out")), PEER));
    assertEquals(
        "Unknown host: smtp.example.com:25 does not resolve",
        FailureReason.of(new IOException(new UnknownHostException("smtp.example.com")), PEER));
  }

  @Test
  void anythingElseKeepsItsMessageNotItsClassName() {
    String reason = FailureReason.of(new IOException("Connection reset"), PEER);
    assertEquals(
        "Could not complete the exchange with smtp.example.com:25: Connection reset", reason);
  }
}
