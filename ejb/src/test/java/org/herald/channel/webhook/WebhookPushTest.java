package org.herald.channel.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.herald.channel.SendOutcome.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pushes to a real HTTP server on loopback, as the test domain allows private addresses. */
class WebhookPushTest {

  private static final long GIB = 1L << 30;

  private final HttpServer server = start();
  private final OutgoingMessage message =
      new OutgoingMessage(
          "CM000042", Medium.PUSH, null, "Statement", "Open the app", "CT000001", 7L, null);

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aHugeAnswerIsReadOnlyUpToTheCap() throws Exception {
    AtomicLong written = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    server.createContext(
        "/hook",
        exchange -> {
          drain(exchange);
          exchange.sendResponseHeaders(410, 0); // chunked: the peer decides how much comes
          byte[] chunk = new byte[64 * 1024];
          Arrays.fill(chunk, (byte) 'x');
          try (OutputStream body = exchange.getResponseBody()) {
            while (written.get() < GIB) {
              body.write(chunk);
              written.addAndGet(chunk.length);
            }
          } catch (IOException e) {
            // Herald hung up: what it was sent so far is in `written`.
          } finally {
            done.countDown();
          }
        });

    SendOutcome outcome = channel(Duration.ofSeconds(10), true).send(message);

    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind());
    assertEquals("HTTP_410", outcome.code());
    assertEquals(
        "HTTP 410: " + "x".repeat(WebhookChannel.MAX_ANSWER_BYTES) + CappedBody.CUT,
        outcome.reply());
    assertTrue(done.await(30, TimeUnit.SECONDS), "Herald closes the connection once it has enough");
    assertTrue(
        written.get() < 64L << 20,
        "the peer could write only what socket buffers hold, not 1 GiB: " + written.get());
  }

  @Test
  void anAnswerThatNeverEndsIsCutAtTheDeadline() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.createContext(
        "/hook",
        exchange -> {
          drain(exchange);
          exchange.sendResponseHeaders(200, 0);
          OutputStream body = exchange.getResponseBody();
          body.write("accepted, and then".getBytes(StandardCharsets.UTF_8));
          body.flush();
          try {
            release.await(30, TimeUnit.SECONDS); // never ends while the push waits
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });

    try {
      SendOutcome outcome = channel(Duration.ofMillis(500), true).send(message);

      assertEquals(Kind.DELIVERED, outcome.kind(), "the status came in time");
      assertEquals("HTTP 200: accepted, and then" + CappedBody.CUT, outcome.reply());
    } finally {
      release.countDown();
    }
  }

  @Test
  void aRedirectIsNeverFollowed() throws Exception {
    AtomicInteger redirected = new AtomicInteger();
    server.createContext(
        "/elsewhere",
        exchange -> {
          redirected.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/hook",
        exchange -> {
          drain(exchange);
          exchange.getResponseHeaders().add("Location", url("/elsewhere").toString());
          exchange.sendResponseHeaders(307, -1);
          exchange.close();
        });

    SendOutcome outcome = channel(Duration.ofSeconds(10), true).send(message);

    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind());
    assertEquals("HTTP_307", outcome.code());
    assertEquals(0, redirected.get());
  }

  @Test
  void aHostThatResolvesToARefusedAddressAtPushTimeIsNeverSent() {
    AtomicInteger pushes = countingHook();

    SendOutcome outcome = channel(Duration.ofSeconds(10), false).send(message);

    assertEquals(Kind.PERMANENT_FAILURE, outcome.kind());
    assertEquals(Refusal.PRIVATE_ADDRESS, outcome.code());
    assertTrue(outcome.reply().startsWith("127.0.0.1: 127.0.0.1 is a loopback address"));
    assertEquals(0, pushes.get());
  }

  @Test
  void aHostThatDoesNotResolveIsTriedAgainLater() {
    AtomicInteger pushes = countingHook();
    WebhookChannel channel = channel(Duration.ofSeconds(10), true);
    channel.urls =
        new WebhookUrlPolicy(
            true,
            host -> {
              throw new UnknownHostException(host);
            });

    SendOutcome outcome = channel.send(message);

    assertEquals(Kind.TRANSIENT_FAILURE, outcome.kind());
    assertEquals(Refusal.UNKNOWN_HOST, outcome.code());
    assertEquals(0, pushes.get());
  }

  private WebhookChannel channel(Duration timeout, boolean allowPrivateAddresses) {
    WebhookChannel channel = new WebhookChannel();
    channel.targets =
        system ->
            system == 7L
                ? Optional.of(new WebhookTarget(url("/hook"), () -> "secret"))
                : Optional.empty();
    channel.urls = new WebhookUrlPolicy(allowPrivateAddresses, HostResolver.SYSTEM);
    channel.timeout = timeout;
    channel.createJsonb();
    return channel;
  }

  private AtomicInteger countingHook() {
    AtomicInteger pushes = new AtomicInteger();
    HttpHandler hook =
        exchange -> {
          pushes.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        };
    server.createContext("/hook", hook);
    return pushes;
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void drain(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
  }

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
