package org.herald.channel.smpp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * A small SMSC on jsmpp's server API, on a free loopback port: accepts transceiver binds with one
 * system id and password, records what is submitted (decoded as GSM 7-bit unpacked septets or
 * UCS-2, concatenated parts joined again), answers with message ids or, when told to, with an error
 * status, sends delivery receipts, and drops binds or connections on demand.
 */
public final class SmscSimulator implements AutoCloseable {

  /** One submit_sm as received. {@code reference}, {@code total}, {@code sequence}: its UDH. */
  public record Submitted(
      String messageId,
      String source,
      String destination,
      byte destinationTon,
      byte destinationNpi,
      byte dataCoding,
      boolean udhi,
      byte registeredDelivery,
      int reference,
      int total,
      int sequence,
      String text) {}

  private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");

  private final String systemId;
  private final String password;
  private final ServerSocket socket;
  private final SMPPServerSessionListener listener;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
  private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final Map<String, Submitted[]> pendingParts = new HashMap<>();
  private final AtomicInteger binds = new AtomicInteger();
  private final AtomicInteger nextId = new AtomicInteger(0x1000);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private volatile Duration answerDelay = Duration.ZERO;
  // Guarded by this.
  private int acceptsBeforeRefusing;
  private int refusalsLeft;
  private int refusalStatus;
  private volatile boolean running = true;

  private SmscSimulator(String systemId, String password, int port) throws IOException {
    this.systemId = systemId;
    this.password = password;
    this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    this.listener = new SMPPServerSessionListener(0, new OnSocket(socket));
    // Enough threads to answer many submits at once, so a client's window is what limits them.
    listener.setPduProcessorDegree(16);
    listener.setMessageReceiverListener(new Receiver());
    threads.execute(this::acceptBinds);
  }

  static SmscSimulator start(String systemId, String password) {
    return start(systemId, password, 0);
  }

  /** On a given loopback port (0: any free one), for a server configured to reach it there. */
  public static SmscSimulator start(String systemId, String password, int port) {
    try {
      return new SmscSimulator(systemId, password, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Every submit_sm accepted so far, in order. */
  public List<Submitted> submitted() {
    return List.copyOf(submitted);
  }

  /** The texts of complete messages, concatenated parts joined, in the order they completed. */
  public List<String> messages() {
    return List.copyOf(messages);
  }

  public int binds() {
    return binds.get();
  }

  /** Waits until {@code count} binds were accepted in all. */
  public boolean awaitBinds(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (binds.get() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** Takes this long over each submit_sm before answering it. */
  void answerAfter(Duration delay) {
    answerDelay = delay;
  }

  /** The most submit_sm the simulator was working on at the same time. */
  int mostInFlight() {
    return mostInFlight.get();
  }

  /**
   * Answers the next {@code count} submits with {@code commandStatus} instead of accepting them.
   */
  void refuseNext(int count, int commandStatus) {
    refuse(0, count, commandStatus);
  }

  /** Accepts {@code skip} more submits, then answers {@code count} with {@code commandStatus}. */
  synchronized void refuse(int skip, int count, int commandStatus) {
    acceptsBeforeRefusing = skip;
    refusalsLeft = count;
    refusalStatus = commandStatus;
  }

  private synchronized void refuseIfTold() throws ProcessRequestException {
    if (acceptsBeforeRefusing > 0) {
      acceptsBeforeRefusing--;
    } else if (refusalsLeft > 0) {
      refusalsLeft--;
      throw new ProcessRequestException("refused as told", refusalStatus);
    }
  }

  /** Sends a delivery receipt for {@code messageId} on the current bind; returns once answered. */
  public void sendReceipt(String messageId, String stat, String err) throws Exception {
    String now = LocalDateTime.now().format(RECEIPT_DATE);
    String text =
        "id:"
            + messageId
            + " sub:001 dlvrd:"
            + ("DELIVRD".equals(stat) ? "001" : "000")
            + " submit date:"
            + now
            + " done date:"
            + now
            + " stat:"
            + stat
            + " err:"
            + err
            + " text:";
    Submitted original =
        submitted.stream().filter(s -> s.messageId().equals(messageId)).findFirst().orElseThrow();
    boundSession()
        .deliverShortMessage(
            "",
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            original.destination(),
            TypeOfNumber.UNKNOWN,
            NumberingPlanIndicator.UNKNOWN,
            original.source(),
            new ESMClass(
                MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
            (byte) 0,
            (byte) 0,
            new RegisteredDelivery(0),
            DataCodings.ZERO,
            text.getBytes(StandardCharsets.US_ASCII));
  }

  /** Unbinds every session, as an SMSC going down for maintenance does. */
  void unbindAll() {
    sessions.forEach(SMPPServerSession::unbindAndClose);
  }

  /** Closes every connection without a word, as a network failure does. */
  void disconnectAll() {
    sessions.forEach(SMPPServerSession::close);
  }

  private SMPPServerSession boundSession() {
    for (int i = sessions.size() - 1; i >= 0; i--) {
      if (sessions.get(i).getSessionState().isBound()) {
        return sessions.get(i);
      }
    }
    throw new IllegalStateException("No client is bound");
  }

  private void acceptBinds() {
    while (running) {
      try {
        SMPPServerSession session = listener.accept();
        threads.execute(() -> bind(session));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void bind(SMPPServerSession session) {
    try {
      BindRequest request = session.waitForBind(5_000);
      if (!systemId.equals(request.getSystemId())) {
        request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
      } else if (!password.equals(request.getPassword())) {
        request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
      } else {
        request.accept("simulator");
        sessions.add(session);
        binds.incrementAndGet();
      }
    } catch (Exception e) {
      session.close();
    }
  }

  private SubmitSmResult accept(SubmitSm submit) throws ProcessRequestException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(answerDelay.toMillis());
      return record(submit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProcessRequestException("interrupted", SMPPConstant.STAT_ESME_RSYSERR);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private SubmitSmResult record(SubmitSm submit) throws ProcessRequestException {
    refuseIfTold();
    byte[] payload = submit.getShortMessage();
    boolean udhi = GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass());
    int reference = 0;
    int total = 1;
    int sequence = 1;
    byte[] body = payload;
    if (udhi) {
      int headerLength = payload[0] & 0xFF;
      // Only the 8-bit concatenation element (IEI 0x00) is expected, and nothing else.
      if (headerLength != 5 || payload[1] != 0x00 || payload[2] != 0x03) {
        throw new ProcessRequestException("unexpected UDH", SMPPConstant.STAT_ESME_RINVESMCLASS);
      }
      reference = payload[3] & 0xFF;
      total = payload[4] & 0xFF;
      sequence = payload[5] & 0xFF;
      body = Arrays.copyOfRange(payload, 6, payload.length);
    }
    String text =
        switch (submit.getDataCoding()) {
          case 0x00 -> Gsm7Alphabet.decode(body);
          case 0x08 -> new String(body, StandardCharsets.UTF_16BE);
          default ->
              throw new ProcessRequestException(
                  "unexpected data coding", SMPPConstant.STAT_ESME_RINVDCS);
        };
    String id = String.format("%08X", nextId.getAndIncrement());
    Submitted part =
        new Submitted(
            id,
            submit.getSourceAddr(),
            submit.getDestAddress(),
            submit.getDestAddrTon(),
            submit.getDestAddrNpi(),
            submit.getDataCoding(),
            udhi,
            submit.getRegisteredDelivery(),
            reference,
            total,
            sequence,
            text);
    submitted.add(part);
    join(part);
    try {
      return new SubmitSmResult(new MessageId(id), null);
    } catch (Exception e) {
      throw new ProcessRequestException(e.toString(), SMPPConstant.STAT_ESME_RSYSERR);
    }
  }

  private synchronized void join(Submitted part) {
    if (part.total() == 1) {
      messages.add(part.text());
      return;
    }
    String key = part.destination() + "/" + part.reference() + "/" + part.total();
    Submitted[] parts = pendingParts.computeIfAbsent(key, k -> new Submitted[part.total()]);
    parts[part.sequence() - 1] = part;
    if (Arrays.stream(parts).allMatch(p -> p != null)) {
      pendingParts.remove(key);
      StringBuilder text = new StringBuilder();
      Arrays.stream(parts).forEach(p -> text.append(p.text()));
      messages.add(text.toString());
    }
  }

  @Override
  public void close() throws IOException {
    running = false;
    listener.close();
    sessions.forEach(SMPPServerSession::close);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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

  private final class Receiver implements ServerMessageReceiverListener {

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
        throws ProcessRequestException {
      return accept(submitSm);
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession s)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession s)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
        QueryBroadcastSm query, SMPPServerSession source) throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw unsupported();
    }

    private ProcessRequestException unsupported() {
      return new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }
}
