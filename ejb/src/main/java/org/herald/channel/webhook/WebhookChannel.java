package org.herald.channel.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Medium;
import org.herald.channel.Channel;
import org.herald.channel.FailureReason;
import org.herald.channel.Handover;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;

/**
 * Pushes an external system's messages to its webhook. A 2xx answer delivers; 408, 429, 5xx and
 * lost connections are transient; any other answer is permanent, redirects included (they are never
 * followed, so a 3xx cannot lead a push to an address the URL policy would refuse). The URL is
 * checked against the {@link WebhookUrlPolicy} before every push: a host that now resolves to a
 * refused address is a permanent failure, and nothing is sent. The peer's answer is read up to
 * {@link #MAX_ANSWER_BYTES}. The communication number goes in {@code Idempotency-Key}, so a
 * receiver can drop a repeat of a push whose answer was lost.
 */
@ApplicationScoped
public class WebhookChannel implements Channel {

  private static final System.Logger LOG = System.getLogger(WebhookChannel.class.getName());

  /** Enough for the longest reply an attempt keeps (1000 characters of up to 4 bytes each). */
  static final int MAX_ANSWER_BYTES = 4096;

  @Inject WebhookTargets targets;
  @Inject WebhookUrlPolicy urls;

  @Inject
  @ConfigProperty(name = "herald.webhook.timeout", defaultValue = "PT10S")
  Duration timeout;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Jsonb json;

  @PostConstruct
  void createJsonb() {
    json = JsonbBuilder.create();
  }

  @Override
  public boolean serves(Medium medium) {
    return false; // only messages for a system with a webhook
  }

  @Override
  public boolean serves(OutgoingMessage message) {
    return message.externalSystemId() != null
        && targets.forSystem(message.externalSystemId()).isPresent();
  }

  @Override
  public SendOutcome send(OutgoingMessage message, Handover handover) {
    Optional<WebhookTarget> target = targets.forSystem(message.externalSystemId());
    if (target.isEmpty()) {
      return SendOutcome.transientFailure("NO_WEBHOOK", "the system has no webhook any more");
    }
    Optional<Refusal> refusal = urls.refusal(target.get().url());
    if (refusal.isPresent()) {
      Refusal refused = refusal.get();
      return refused.isLasting()
          ? SendOutcome.permanentFailure(refused.code(), refused.message())
          : SendOutcome.transientFailure(refused.code(), refused.message());
    }
    byte[] body = json.toJson(WebhookPayload.of(message)).getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(target.get().url())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", message.communicationNumber())
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.header(
                    target.get().secret().get(), Instant.now().getEpochSecond(), body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      handover.begins();
      HttpResponse<String> response =
          http.send(request, CappedBody.handler(MAX_ANSWER_BYTES, timeout));
      return outcome(response.statusCode(), response.body());
    } catch (IOException e) {
      String peer = target.get().url().getHost() + ":" + port(target.get().url());
      LOG.log(System.Logger.Level.INFO, "Webhook push to " + peer + " failed", e);
      return SendOutcome.transientFailure("CONNECTION", FailureReason.of(e, peer));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendOutcome.transientFailure("INTERRUPTED", "interrupted while pushing");
    }
  }

  private static int port(URI url) {
    return url.getPort() != -1
        ? url.getPort()
        : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  static SendOutcome outcome(int status, String body) {
    String reply = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body.strip());
    if (status >= 200 && status < 300) {
      return SendOutcome.delivered(reply);
    }
    String code = "HTTP_" + status;
    return status == 408 || status == 429 || status >= 500
        ? SendOutcome.transientFailure(code, reply)
        : SendOutcome.permanentFailure(code, reply);
  }
}
