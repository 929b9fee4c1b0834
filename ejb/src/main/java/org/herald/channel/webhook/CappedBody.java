package org.herald.channel.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A peer's answer read up to a limit, as text. A peer's body is kept only for diagnosis, so neither
 * a huge nor an endless one may cost Herald memory or a dispatcher thread: once {@code limit} bytes
 * are in, the rest is not read (the subscription is cancelled, which closes the connection), and a
 * body still arriving at its deadline is cut there (the request's own timeout ends with the
 * headers). A cut body ends with {@link #CUT}.
 */
final class CappedBody implements HttpResponse.BodySubscriber<String> {

  static final String CUT = "…";

  private final int limit;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
  private final CompletableFuture<String> read = new CompletableFuture<>();
  private final CompletionStage<String> body;
  private Flow.Subscription subscription;

  private CappedBody(int limit, Duration deadline) {
    this.limit = limit;
    this.body =
        read.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .handle(
                (text, failure) -> {
                  if (failure == null) {
                    return text;
                  }
                  if (failure instanceof TimeoutException) {
                    return cutShort();
                  }
                  throw failure instanceof CompletionException c
                      ? c
                      : new CompletionException(failure);
                });
  }

  /** Bodies of at most {@code limit} bytes, read for at most {@code deadline}. */
  static HttpResponse.BodyHandler<String> handler(int limit, Duration deadline) {
    return info -> new CappedBody(limit, deadline);
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (read.isDone()) {
      return;
    }
    boolean more = false;
    for (ByteBuffer buffer : buffers) {
      int take = Math.min(buffer.remaining(), limit - bytes.size());
      byte[] chunk = new byte[take];
      buffer.get(chunk);
      bytes.writeBytes(chunk);
      more |= buffer.hasRemaining();
    }
    if (more) {
      read.complete(cutShort());
    } else {
      subscription.request(1);
    }
  }

  @Override
  public synchronized void onError(Throwable failure) {
    read.completeExceptionally(failure);
  }

  @Override
  public synchronized void onComplete() {
    read.complete(bytes.toString(StandardCharsets.UTF_8));
  }

  @Override
  public CompletionStage<String> getBody() {
    return body;
  }

  /** What came so far, marked as cut; the peer is not read any further. */
  private synchronized String cutShort() {
    if (subscription != null) {
      subscription.cancel();
    }
    return bytes.toString(StandardCharsets.UTF_8) + CUT;
  }
}
