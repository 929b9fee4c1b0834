package org.herald.externalsystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Optional;
import org.herald.channel.webhook.WebhookTarget;
import org.herald.channel.webhook.WebhookTargets;

/** Tells the webhook channel where, and with which secret, an external system takes its pushes. */
@ApplicationScoped
public class ExternalSystemWebhooks implements WebhookTargets {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<WebhookTarget> forSystem(long externalSystemId) {
    return Optional.ofNullable(em.find(ExternalSystem.class, externalSystemId))
        .filter(ExternalSystem::hasWebhook)
        .map(s -> new WebhookTarget(URI.create(s.getWebhookUrl()), s.getWebhookSecret()));
  }
}
