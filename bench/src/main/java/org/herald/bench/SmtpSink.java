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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least an SMTP server can be: on a loopback port, it answers every command with success and
 * discards each message as it reads it, one thread per connection. It keeps nothing but counts, so
 * it stays out of the way of what the benchmark measures (GreenMail parses and stores every
 * message): lines are scanned in its own buffer, a read syscall per 64 KiB at most, and each reply
 * is one write.
 */
public final class SmtpSink implements AutoCloseable {

  private static final byte[] GREETING = reply("220 sink ESMTP");
  private static final byte[] OK = reply("250 OK");
  private static final byte[] QUEUED = reply("250 2.0.0 Ok: queued");
  private static final byte[] GO_AHEAD = reply("354 End data with <CR><LF>.<CR><LF>");
  private static final byte[] BYE = reply("221 Bye");

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private volatile long lastMessageNanos;
  private final AtomicLong cpuNanos = new AtomicLong();
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  /** On a free port. */
  SmtpSink() throws IOException {
    this(0);
  }

  public SmtpSink(int port) throws IOException {
    socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
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
            in.skipMessage();
            lastMessageNanos = System.nanoTime();
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

    /** Skips up to and including the line that is a lone dot. */
    void skipMessage() throws IOException {
      for (int length; (length = next()) >= 0; ) {
        if (length == 1 && line[0] == '.') {
          return;
        }
      }
    }

    private boolean fill() throws IOException {
      int read = in.read(buffer);
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
