package org.herald.queue;

import jakarta.ejb.ApplicationException;

/**
 * A delivery receipt arrived before Herald recorded that the peer accepted the message; the channel
 * refuses it, and the peer sends it again.
 */
@ApplicationException(rollback = true)
public class EarlyReceiptException extends RuntimeException {

  public EarlyReceiptException(String reference) {
    super("No entry awaits receipt " + reference + " yet");
  }
}
