package org.herald.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.herald.channel.webhook.WebhookTarget;
import org.herald.channel.webhook.WebhookTargets;
import org.herald.secret.SealedSecret;
import org.herald.secret.Secrets;

/** Tells the webhook channel where, and with which secret, an external system takes its pushes. */
@ApplicationScoped
public class ExternalSystemWebhooks implements WebhookTargets {

  @PersistenceContext EntityManager em;
  @Inject Secrets secrets;

  @Override
  public Optional<WebhookTarget> forSystem(long externalSystemId) {
    return Optional.ofNullable(em.find(ExternalSystem.class, externalSystemId))
        .filter(ExternalSystem::hasWebhook)
        .map(s -> new WebhookTarget(URI.create(s.getWebhookUrl()), opener(s.getWebhookSecret())));
  }

  /** Opens the sealed secret when the channel signs a push with it, not before. */
  private Supplier<String> opener(SealedSecret sealed) {
    return () -> secrets.open(sealed);
  }
}
