package org.herald.notification;

/**
 * A chunk found its run no longer running (paused or cancelled while it read), or another execution
 * past its items: the chunk is rolled back and makes nothing.
 */
class RunInterruptedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RunInterruptedException(String message) {
    super(message);
  }
}
