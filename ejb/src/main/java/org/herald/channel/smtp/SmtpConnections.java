package org.herald.channel.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.herald.settings.EmailServer;

/**
 * At most {@code size} connections to one SMTP server, kept open between messages so a message
 * costs one MAIL/RCPT/DATA exchange instead of a connect, greeting and EHLO (and STARTTLS and AUTH)
 * too. A sender takes a connection, sends, and gives it back, or discards it when it failed. Idle
 * connections are reused most recent first, so the ones a quiet period leaves unused are the ones
 * the server times out.
 */
final class SmtpConnections implements AutoCloseable {

  private final EmailServer server;
  private final String password;
  private final Session session;
  private final Duration wait;
  private final int size;
  private final Semaphore permits;
  private final Deque<PooledTransport> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  /**
   * @param password the server's password in clear, null for none
   * @param wait how long a sender waits for a connection when all {@code size} are busy
   */
  SmtpConnections(EmailServer server, String password, Session session, int size, Duration wait) {
    if (size < 1) {
      throw new IllegalArgumentException("herald.mail.smtp.pool-size must be at least 1");
    }
    this.server = server;
    this.password = password;
    this.session = session;
    this.wait = wait;
    this.size = size;
    this.permits = new Semaphore(size, true);
  }

  /** Thrown when every connection stayed busy for the whole wait. */
  static final class BusyException extends Exception {
    BusyException(String message) {
      super(message);
    }
  }

  /**
   * An idle connection, or a new one. The caller owns it until it calls {@link #giveBack} or {@link
   * #discard}.
   *
   * @throws MessagingException the server could not be reached or refused the login
   */
  PooledTransport take() throws MessagingException, BusyException, InterruptedException {
    if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new BusyException("All " + size + " SMTP connections stayed busy for " + wait);
    }
    PooledTransport transport = idle.pollFirst();
    if (transport != null) {
      transport.markReused();
      return transport;
    }
    try {
      return connect();
    } catch (MessagingException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Closes {@code failed} and connects a new one in its place, for the same caller. */
  PooledTransport replace(PooledTransport failed) throws MessagingException {
    quietlyClose(failed);
    try {
      return connect();
    } catch (MessagingException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  void giveBack(PooledTransport transport) {
    if (closed) {
      quietlyClose(transport);
    } else {
      idle.offerFirst(transport);
      if (closed) {
        closeIdle(); // close() may have drained the idle ones just before the offer
      }
    }
    permits.release();
  }

  void discard(PooledTransport transport) {
    quietlyClose(transport);
    permits.release();
  }

  private PooledTransport connect() throws MessagingException {
    PooledTransport transport = new PooledTransport(session);
    transport.connect(
        server.host(),
        server.port(),
        server.credentialsUser().orElse(null),
        server.credentialsUser().isPresent() ? password : null);
    return transport;
  }

  /** Closes the idle connections; busy ones are closed when given back. */
  @Override
  public void close() {
    closed = true;
    closeIdle();
  }

  private void closeIdle() {
    for (PooledTransport transport; (transport = idle.pollFirst()) != null; ) {
      quietlyClose(transport);
    }
  }

  private static void quietlyClose(PooledTransport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      // It is gone either way; a QUIT the server did not answer changes nothing.
    }
  }
}
