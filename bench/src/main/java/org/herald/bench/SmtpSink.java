package org.herald.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least an SMTP server can be: on a free loopback port, it answers every command with success
 * and discards each message as it reads it, one thread per connection. It keeps nothing, so it
 * stays out of the way of what the benchmark measures (GreenMail parses and stores every message).
 */
final class SmtpSink implements AutoCloseable {

  private static final byte[] GREETING = reply("220 sink ESMTP");
  private static final byte[] OK = reply("250 OK");
  private static final byte[] QUEUED = reply("250 2.0.0 Ok: queued");
  private static final byte[] GO_AHEAD = reply("354 End data with <CR><LF>.<CR><LF>");
  private static final byte[] BYE = reply("221 Bye");

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();

  SmtpSink() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  int port() {
    return socket.getLocalPort();
  }

  long messages() {
    return messages.get();
  }

  long connections() {
    return connections.get();
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
      InputStream in = new BufferedInputStream(client.getInputStream(), 16 * 1024);
      OutputStream out = new BufferedOutputStream(client.getOutputStream());
      send(out, GREETING);
      byte[] line = new byte[1024];
      for (int length; (length = readLine(in, line)) >= 0; ) {
        String verb = length >= 4 ? new String(line, 0, 4, StandardCharsets.US_ASCII) : "";
        switch (verb.toUpperCase()) {
          case "DATA" -> {
            send(out, GO_AHEAD);
            skipMessage(in, line);
            messages.incrementAndGet();
            send(out, QUEUED);
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

  /** Reads up to the line that is a lone dot. */
  private static void skipMessage(InputStream in, byte[] line) throws IOException {
    for (int length; (length = readLine(in, line)) >= 0; ) {
      if (length == 1 && line[0] == '.') {
        return;
      }
    }
  }

  /** The line's length without its CRLF (what does not fit {@code line} is dropped); -1 at EOF. */
  private static int readLine(InputStream in, byte[] line) throws IOException {
    int length = 0;
    for (int b; (b = in.read()) >= 0; ) {
      if (b == '\n') {
        return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      }
      if (length < line.length) {
        line[length++] = (byte) b;
      }
    }
    return -1;
  }

  private static void send(OutputStream out, byte[] reply) throws IOException {
    out.write(reply);
    out.flush();
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
