package org.herald.bench;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * An SMSC on jsmpp's server API that accepts every bind and every submit_sm with a fresh message
 * id, and keeps nothing: the far end of the SMS benchmarks. When asked to, it answers each submit
 * that requests one with a DELIVRD receipt, a moment later (after the submit_sm_resp, as a real
 * SMSC does), from a few threads of its own; a receipt the client refuses (it had not yet recorded
 * the submit) is sent again later.
 */
public final class SmscSink implements AutoCloseable {

  /** Receipts wait this long after their submit, so they never overtake its response. */
  private static final long RECEIPT_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private static final int RECEIPT_THREADS = 8;
  private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");

  private final ServerSocket socket;
  private final SMPPServerSessionListener listener;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicLong submits = new AtomicLong();
  private final AtomicLong receipts = new AtomicLong();
  private final boolean sendReceipts;
  private final BlockingQueue<Receipt> dueReceipts = new LinkedBlockingQueue<>();
  private volatile long lastSubmitNanos;
  private final AtomicLong firstSinceMark = new AtomicLong();

  /** On a free port, without receipts. */
  SmscSink() throws IOException {
    this(0, false);
  }

  public SmscSink(int port, boolean sendReceipts) throws IOException {
    this.sendReceipts = sendReceipts;
    socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    listener = new SMPPServerSessionListener(0, new OnSocket(socket));
    // Enough threads to answer a whole window at once, so the client's window is the limit.
    listener.setPduProcessorDegree(16);
    listener.setMessageReceiverListener(accepting());
    threads.execute(this::acceptBinds);
    if (sendReceipts) {
      for (int i = 0; i < RECEIPT_THREADS; i++) {
        threads.execute(this::sendReceipts);
      }
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  public long submits() {
    return submits.get();
  }

  /** {@link System#nanoTime()} when the last submit was accepted. */
  public long lastSubmitNanos() {
    return lastSubmitNanos;
  }

  /** Forgets when the first message came since the last mark, so the next one's time is kept. */
  public void mark() {
    firstSinceMark.set(0);
  }

  /** {@link System#nanoTime()} of the first message since {@link #mark} (0 while none came). */
  public long firstNanosSinceMark() {
    return firstSinceMark.get();
  }

  /** Receipts the client has answered with success. */
  public long receipts() {
    return receipts.get();
  }

  /** A receipt to send on {@code session} once {@code dueNanos} has passed. */
  private record Receipt(
      SMPPServerSession session, String messageId, String from, String to, long dueNanos) {}

  private void sendReceipts() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Receipt receipt = dueReceipts.take();
        long wait = receipt.dueNanos() - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        if (send(receipt)) {
          receipts.incrementAndGet();
        } else if (receipt.session().getSessionState().isBound()) {
          dueReceipts.add(
              new Receipt(
                  receipt.session(),
                  receipt.messageId(),
                  receipt.from(),
                  receipt.to(),
                  System.nanoTime() + RECEIPT_DELAY_NANOS));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the client took the receipt. */
  private static boolean send(Receipt receipt) {
    String now = LocalDateTime.now().format(RECEIPT_DATE);
    String text =
        "id:"
            + receipt.messageId()
            + " sub:001 dlvrd:001 submit date:"
            + now
            + " done date:"
            + now
            + " stat:DELIVRD err:000 text:";
    try {
      receipt
          .session()
          .deliverShortMessage(
              "",
              TypeOfNumber.INTERNATIONAL,
              NumberingPlanIndicator.ISDN,
              receipt.to(),
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              receipt.from(),
              new ESMClass(
                  MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
              (byte) 0,
              (byte) 0,
              new RegisteredDelivery(0),
              DataCodings.ZERO,
              text.getBytes(StandardCharsets.US_ASCII));
      return true;
    } catch (Exception e) {
      return false; // refused or timed out: sent again while the bind lasts
    }
  }

  private void acceptBinds() {
    while (!socket.isClosed()) {
      try {
        SMPPServerSession session = listener.accept();
        threads.execute(
            () -> {
              try {
                BindRequest request = session.waitForBind(5_000);
                request.accept("sink");
              } catch (Exception e) {
                session.close();
              }
            });
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }

  /** Listens on the socket opened on a free port (jsmpp's own factory wants a fixed one). */
  private record OnSocket(ServerSocket socket) implements ServerConnectionFactory {
    @Override
    public ServerConnection listen(int port) {
      return new ServerSocketConnection(socket);
    }

    @Override
    public ServerConnection listen(int port, int timeout) {
      return listen(port);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) {
      return listen(port);
    }
  }

  /**
   * Accepts every submit_sm; any other request is refused as unsupported (the interface has nine,
   * and the benchmark sends only submit_sm).
   */
  private ServerMessageReceiverListener accepting() {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("onAcceptSubmitSm")) {
            String id = Long.toHexString(submits.incrementAndGet());
            lastSubmitNanos = System.nanoTime();
            firstSinceMark.compareAndSet(0, lastSubmitNanos);
            SubmitSm submit = (SubmitSm) args[0];
            if (sendReceipts
                && SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(
                    submit.getRegisteredDelivery())) {
              dueReceipts.add(
                  new Receipt(
                      (SMPPServerSession) args[1],
                      id,
                      submit.getSourceAddr(),
                      submit.getDestAddress(),
                      System.nanoTime() + RECEIPT_DELAY_NANOS));
            }
            return new SubmitSmResult(new MessageId(id), null);
          }
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(this, args);
          }
          throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
        };
    return (ServerMessageReceiverListener)
        Proxy.newProxyInstance(
            ServerMessageReceiverListener.class.getClassLoader(),
            new Class<?>[] {ServerMessageReceiverListener.class},
            handler);
  }
}
