package org.herald.channel.smpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.herald.channel.Handover;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.socket.SocketConnection;

/**
 * The one transceiver bind to the SMSC that every dispatcher thread shares. It binds on first use;
 * when the SMSC or the network drops it, it binds again in the background (so receipts keep
 * arriving while nothing is sent), waiting {@code rebindDelay} and doubling the wait after each
 * failed bind. While unbound, a send fails at once instead of queueing behind a dead link. At most
 * {@code window} submits await their response at a time. jsmpp sends enquire_link whenever the link
 * has been idle for the interval, and closes the session when it goes unanswered.
 */
final class SmscConnection implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SmscConnection.class.getName());

  /** deliver_sm handled at once: the receipts the queue records in one transaction at most. */
  private static final int RECEIPTS_AT_ONCE = 16;

  private final SmppSettings settings;
  private final MessageReceiverListener receiver;
  private final ScheduledExecutorService scheduler;
  private final Clock clock;

  private final Semaphore window;
  private final ReentrantLock binding = new ReentrantLock();
  // Never held while jsmpp works: jsmpp's own threads take it when a session closes, and closing a
  // session waits for those threads, so sharing the binding lock could deadlock.
  private final Object rebindLock = new Object();

  private volatile SMPPSession session;
  private volatile boolean closed;
  // Guarded by binding.
  private int failedBinds;
  private Instant nextBind = Instant.MIN;
  private String lastBindFailure = "";
  // Guarded by rebindLock.
  private ScheduledFuture<?> rebind;

  SmscConnection(
      SmppSettings settings,
      MessageReceiverListener receiver,
      ScheduledExecutorService scheduler,
      Clock clock) {
    this.settings = settings;
    this.receiver = receiver;
    this.scheduler = scheduler;
    this.clock = clock;
    this.window = new Semaphore(settings.window(), true);
  }

  /**
   * Thrown when there is no bind to submit on: the SMSC is unreachable or refuses the bind, or the
   * wait after such a failure is still running.
   */
  static final class NotBoundException extends Exception {
    NotBoundException(String message) {
      super(message);
    }
  }

  /**
   * Thrown when {@code window} submits are awaiting their response for a whole response timeout.
   */
  static final class WindowFullException extends Exception {
    WindowFullException(String message) {
      super(message);
    }
  }

  /**
   * Submits one short message and returns the SMSC's message id for it.
   *
   * @throws NegativeResponseException the SMSC refused it with a command status
   */
  String submit(
      String destination,
      TypeOfNumber destinationTon,
      NumberingPlanIndicator destinationNpi,
      ESMClass esmClass,
      RegisteredDelivery registeredDelivery,
      DataCoding dataCoding,
      byte[] payload,
      Handover handover)
      throws NotBoundException,
          WindowFullException,
          NegativeResponseException,
          ResponseTimeoutException,
          InvalidResponseException,
          PDUException,
          IOException,
          InterruptedException {
    SMPPSession bound = bound();
    if (!window.tryAcquire(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
      throw new WindowFullException(
          settings.window() + " submits awaited their response for " + settings.responseTimeout());
    }
    try {
      handover.begins();
      return bound
          .submitShortMessage(
              "",
              TypeOfNumber.valueOf(settings.sourceTon()),
              NumberingPlanIndicator.valueOf(settings.sourceNpi()),
              settings.sourceAddress(),
              destinationTon,
              destinationNpi,
              destination,
              esmClass,
              (byte) 0,
              (byte) 0,
              null,
              null,
              registeredDelivery,
              (byte) 0,
              dataCoding,
              (byte) 0,
              payload)
          .getMessageId();
    } finally {
      window.release();
    }
  }

  /** The bound session, binding now unless a recent bind failed and its backoff is running. */
  private SMPPSession bound() throws NotBoundException {
    SMPPSession current = session;
    if (current != null && current.getSessionState().isBound()) {
      return current;
    }
    binding.lock();
    try {
      current = session;
      if (current != null && current.getSessionState().isBound()) {
        return current;
      }
      if (closed) {
        throw new NotBoundException("The SMS channel is shut down");
      }
      Instant now = clock.instant();
      if (now.isBefore(nextBind)) {
        throw new NotBoundException(
            "Not bound to the SMSC; next bind attempt in "
                + Duration.between(now, nextBind).toMillis()
                + " ms (last failure: "
                + lastBindFailure
                + ")");
      }
      return bind();
    } finally {
      binding.unlock();
    }
  }

  /** Binds a fresh session; on failure, schedules the next attempt after the backoff. */
  private SMPPSession bind() throws NotBoundException {
    discard(session);
    SMPPSession fresh = new SMPPSession(this::connect);
    fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
    fresh.setTransactionTimer(settings.responseTimeout().toMillis());
    fresh.setMessageReceiverListener(receiver);
    // jsmpp handles every PDU it reads (submit_sm_resp too) on this many threads, and a receipt
    // holds one until the queue has recorded it: beyond the window, room for receipts recorded
    // together, so they never hold up the responses the window waits for.
    fresh.setPduProcessorDegree(settings.window() + RECEIPTS_AT_ONCE);
    fresh.addSessionStateListener(this::onStateChange);
    try {
      fresh.connectAndBind(
          settings.host(),
          settings.port(),
          new BindParameter(
              BindType.BIND_TRX,
              settings.systemId(),
              settings.password(),
              settings.systemType(),
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          settings.bindTimeout().toMillis());
    } catch (IOException e) {
      fresh.close();
      failedBinds++;
      lastBindFailure = e.getMessage();
      Duration delay = settings.rebindDelayAfter(failedBinds);
      nextBind = clock.instant().plus(delay);
      scheduleRebind(delay);
      LOG.log(
          System.Logger.Level.WARNING,
          "Bind to SMSC {0}:{1} failed ({2}); next attempt in {3}",
          settings.host(),
          String.valueOf(settings.port()),
          e.getMessage(),
          delay);
      throw new NotBoundException("Cannot bind to the SMSC: " + e.getMessage());
    }
    LOG.log(
        System.Logger.Level.INFO,
        "Bound to SMSC {0}:{1} as {2} (transceiver)",
        settings.host(),
        String.valueOf(settings.port()),
        settings.systemId());
    failedBinds = 0;
    lastBindFailure = "";
    session = fresh;
    return fresh;
  }

  private SocketConnection connect(String host, int port) throws IOException {
    // jsmpp's own factory connects without a timeout; an unreachable SMSC must not hang a sender.
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) settings.bindTimeout().toMillis());
      return new SocketConnection(socket);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /** jsmpp closes a session whose link broke, or that the SMSC unbound: bind again. */
  private void onStateChange(SessionState now, SessionState before, Session source) {
    if (now == SessionState.CLOSED && source == session && !closed) {
      LOG.log(
          System.Logger.Level.WARNING,
          "SMSC {0}:{1} bind lost (was {2}); binding again",
          settings.host(),
          String.valueOf(settings.port()),
          before);
      scheduleRebind(settings.rebindDelayAfter(0));
    }
  }

  private void scheduleRebind(Duration delay) {
    synchronized (rebindLock) {
      if (closed || (rebind != null && !rebind.isDone())) {
        return;
      }
      rebind = scheduler.schedule(this::rebind, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void rebind() {
    synchronized (rebindLock) {
      rebind = null; // this run was the pending one; a failing bind schedules the next
    }
    binding.lock();
    try {
      SMPPSession current = session;
      if (!closed && (current == null || !current.getSessionState().isBound())) {
        bind();
      }
    } catch (NotBoundException e) {
      // bind() logged it and scheduled the next attempt.
    } finally {
      binding.unlock();
    }
  }

  /** Unbinds and closes; no send or rebind happens afterwards. */
  @Override
  public void close() {
    binding.lock();
    try {
      closed = true;
      synchronized (rebindLock) {
        if (rebind != null) {
          rebind.cancel(false);
        }
      }
      SMPPSession current = session;
      session = null;
      if (current != null) {
        current.unbindAndClose();
      }
    } finally {
      binding.unlock();
    }
  }

  private void discard(SMPPSession stale) {
    if (stale != null) {
      session = null;
      stale.close();
    }
  }
}
