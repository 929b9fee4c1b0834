package org.herald.channel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Medium;

/**
 * The rate limits of Herald's own integrations (SMTP, SMPP), per node: {@code
 * herald.mail.smtp.rate-limit} and {@code herald.sms.smpp.rate-limit} messages a second, 0 for
 * none. A cluster of n nodes may send up to n times the limit; set it per node accordingly.
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "herald.mail.smtp.rate-limit", defaultValue = "0")
  int smtpPerSecond;

  @Inject
  @ConfigProperty(name = "herald.sms.smpp.rate-limit", defaultValue = "0")
  int smppPerSecond;

  private final Map<Medium, RateLimit> limits = new EnumMap<>(Medium.class);

  @PostConstruct
  void build() {
    RateLimit.perSecond(smtpPerSecond).ifPresent(limit -> limits.put(Medium.EMAIL, limit));
    RateLimit.perSecond(smppPerSecond).ifPresent(limit -> limits.put(Medium.SMS, limit));
  }

  /** Empty when a message of this medium may go now, else how long until it may. */
  public Optional<Duration> waitBefore(Medium medium) {
    RateLimit limit = limits.get(medium);
    return limit == null ? Optional.empty() : limit.take();
  }
}
