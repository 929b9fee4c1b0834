package org.herald.channel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Medium;

/**
 * The rate limits of each integration, per node: {@code herald.mail.smtp.rate-limit} and {@code
 * herald.sms.smpp.rate-limit} messages a second for Herald's SMTP and SMPP, {@code
 * herald.webhook.rate-limit} for each external system's webhook; 0 for none. A cluster of n nodes
 * may send up to n times the limit; set it per node accordingly. The buckets live in memory: slots
 * already given to entries (their next attempt time) outlive a restart, the debt in the bucket does
 * not, so just after a restart up to twice the limit may go for as long as those slots last.
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.rate-limit", defaultValue = "0")
  int smtpPerSecond;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.rate-limit", defaultValue = "0")
  int smppPerSecond;

  @Inject
  @ConfigProperty(name = "herald.webhook.rate-limit", defaultValue = "0")
  int webhookPerSecond;

  private final Map<Medium, RateLimit> limits = new EnumMap<>(Medium.class);

  /** One bucket per external system pushed to, each with the webhook limit. */
  private final Map<Long, Optional<RateLimit>> webhooks = new ConcurrentHashMap<>();

  @PostConstruct
  void build() {
    RateLimit.perSecond(smtpPerSecond).ifPresent(limit -> limits.put(Medium.EMAIL, limit));
    RateLimit.perSecond(smppPerSecond).ifPresent(limit -> limits.put(Medium.SMS, limit));
  }

  /**
   * Reserves the message's slot under its integration's limit: how long until it may go (zero: now,
   * or no limit). The slot is the message's from then on; it must not ask again.
   */
  public Duration reserve(OutgoingMessage message) {
    return limitOf(message).map(RateLimit::reserve).orElse(Duration.ZERO);
  }

  /**
   * Just before the message is sent: returns at once if it is on time for its slot, else holds it
   * until sending keeps within the limit (the dispatcher fell behind and is catching up).
   */
  public void pace(OutgoingMessage message) {
    limitOf(message).ifPresent(RateLimit::pace);
  }

  private Optional<RateLimit> limitOf(OutgoingMessage message) {
    return message.externalSystemId() == null
        ? Optional.ofNullable(limits.get(message.medium()))
        : webhooks.computeIfAbsent(
            message.externalSystemId(), system -> RateLimit.perSecond(webhookPerSecond));
  }
}
