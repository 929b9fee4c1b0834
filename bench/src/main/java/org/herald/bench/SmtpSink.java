package org.herald.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least an SMTP server can be: on a loopback port, it answers every command with success and
 * discards each message as it reads it, one thread per connection. It keeps nothing but counts, so
 * it stays out of the way of what the benchmark measures (GreenMail parses and stores every
 * message): lines are scanned in its own buffer, a read syscall per 64 KiB at most, and each reply
 * is one write. A sink made by {@link #recording} also reads each message's header lines and counts
 * the messages it accepted by Message-ID (the kill test's proof of what arrived, and how often).
 *
 * <p>A message counts once its terminating dot has been read, as a real server accepts it then; one
 * whose connection ends before it (the sender was killed mid-message) does not.
 */
public final class SmtpSink implements AutoCloseable {

  private static final byte[] GREETING = reply("220 sink ESMTP");
  private static final byte[] OK = reply("250 OK");
  private static final byte[] QUEUED = reply("250 2.0.0 Ok: queued");
  private static final byte[] GO_AHEAD = reply("354 End data with <CR><LF>.<CR><LF>");
  private static final byte[] BYE = reply("221 Bye");
  private static final byte[] MESSAGE_ID = "message-id:".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private volatile long lastMessageNanos;
  private final AtomicLong firstSinceMark = new AtomicLong();
  private final AtomicLong cpuNanos = new AtomicLong();
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  /** Messages accepted per Message-ID, or null: the benchmark's sink reads no headers. */
  private final Map<String, AtomicInteger> messageIds;

  /** Messages whose connection ended before their dot, per Message-ID, when recording. */
  private final Map<String, AtomicInteger> cutShort = new ConcurrentHashMap<>();

  /** On a free port. */
  SmtpSink() throws IOException {
    this(0);
  }

  public SmtpSink(int port) throws IOException {
    this(port, null);
  }

  private SmtpSink(int port, Map<String, AtomicInteger> messageIds) throws IOException {
    this.messageIds = messageIds;
    socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** A sink that also counts the messages it accepts by their Message-ID header. */
  public static SmtpSink recording(int port) throws IOException {
    return new SmtpSink(port, new ConcurrentHashMap<>());
  }

  /**
   * How many times each Message-ID was accepted (a message without one counts under ""), now; empty
   * unless the sink is {@link #recording}.
   */
  public Map<String, Integer> messageIds() {
    return messageIds == null ? Map.of() : snapshot(messageIds);
  }

  /**
   * The messages whose connection ended after DATA but before their dot (the sender died mid-way),
   * by Message-ID ("" if it had not come yet); empty unless the sink is {@link #recording}.
   */
  public Map<String, Integer> cutShort() {
    return snapshot(cutShort);
  }

  private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
    return counts.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
  }

  public int port() {
    return socket.getLocalPort();
  }

  public long messages() {
    return messages.get();
  }

  public long connections() {
    return connections.get();
  }

  /** CPU time the sink's connection threads spent, up to each one's last message. */
  public long cpuNanos() {
    return cpuNanos.get();
  }

  /** {@link System#nanoTime()} when the last message ended. */
  public long lastMessageNanos() {
    return lastMessageNanos;
  }

  /** Forgets when the first message came since the last mark, so the next one's time is kept. */
  public void mark() {
    firstSinceMark.set(0);
  }

  /** {@link System#nanoTime()} of the first message since {@link #mark} (0 while none came). */
  public long firstNanosSinceMark() {
    return firstSinceMark.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.incrementAndGet();
        threads.execute(() -> converse(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void converse(Socket client) {
    try (client) {
      client.setTcpNoDelay(true);
      Lines in = new Lines(client.getInputStream());
      OutputStream out = client.getOutputStream();
      send(out, GREETING);
      long cpuCounted = cpu.getCurrentThreadCpuTime();
      for (int length; (length = in.next()) >= 0; ) {
        String verb = length >= 4 ? new String(in.line, 0, 4, StandardCharsets.US_ASCII) : "";
        switch (verb.toUpperCase()) {
          case "DATA" -> {
            send(out, GO_AHEAD);
            if (!receive(in)) {
              return; // the connection ended mid-message: nothing was accepted
            }
            lastMessageNanos = System.nanoTime();
            firstSinceMark.compareAndSet(0, lastMessageNanos);
            messages.incrementAndGet();
            send(out, QUEUED);
            long cpuNow = cpu.getCurrentThreadCpuTime();
            cpuNanos.addAndGet(cpuNow - cpuCounted);
            cpuCounted = cpuNow;
          }
          case "QUIT" -> {
            send(out, BYE);
            return;
          }
          default -> send(out, OK); // EHLO, MAIL, RCPT, RSET, NOOP
        }
      }
    } catch (IOException e) {
      // The client went away.
    }
  }

  /** Reads one message up to its dot, recording its Message-ID if asked; false if cut short. */
  private boolean receive(Lines in) throws IOException {
    if (messageIds == null) {
      return in.skipMessage();
    }
    String id = "";
    boolean whole;
    while (true) {
      int length = in.next();
      if (length < 0 || in.isDot(length)) { // the end, or a message of headers only
        whole = length >= 0;
        break;
      }
      if (length == 0) { // the end of the headers: the body is not looked at
        whole = in.skipMessage();
        break;
      }
      if (id.isEmpty() && in.isHeader(MESSAGE_ID, length)) {
        int from = MESSAGE_ID.length;
        id = new String(in.line, from, length - from, StandardCharsets.US_ASCII).trim();
      }
    }
    (whole ? messageIds : cutShort).computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    return whole;
  }

  /** The lines of one connection, read through a buffer of its own (no lock per byte). */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    /** The current line without its CRLF; what does not fit is dropped (only verbs matter). */
    final byte[] line = new byte[1024];

    Lines(InputStream in) {
      this.in = in;
    }

    /** Reads the next line into {@link #line}; its length, or -1 at the end of the stream. */
    int next() throws IOException {
      int length = 0;
      while (true) {
        if (position == limit && !fill()) {
          return -1;
        }
        byte b = buffer[position++];
        if (b == '\n') {
          return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        }
        if (length < line.length) {
          line[length++] = b;
        }
      }
    }

    /** Skips up to and including the line that is a lone dot; false if the stream ends first. */
    boolean skipMessage() throws IOException {
      for (int length; (length = next()) >= 0; ) {
        if (isDot(length)) {
          return true;
        }
      }
      return false;
    }

    boolean isDot(int length) {
      return length == 1 && line[0] == '.';
    }

    /** Whether the current line starts with {@code name} (e.g. "message-id:"), in any case. */
    boolean isHeader(byte[] name, int length) {
      if (length < name.length) {
        return false;
      }
      for (int i = 0; i < name.length; i++) {
        if (Character.toLowerCase(line[i]) != name[i]) {
          return false;
        }
      }
      return true;
    }

    private boolean fill() {
      int read;
      try {
        read = in.read(buffer);
      } catch (IOException reset) {
        return false; // the client died (e.g. killed): the same as an end of stream here
      }
      if (read <= 0) {
        return false;
      }
      position = 0;
      limit = read;
      return true;
    }
  }

  private static void send(OutputStream out, byte[] reply) throws IOException {
    out.write(reply);
  }

  private static byte[] reply(String text) {
    return (text + "\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
  }
}
