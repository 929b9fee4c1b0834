package org.herald.channel.webhook;

import java.util.Optional;

/** Finds an external system's webhook; the external systems area implements it. */
public interface WebhookTargets {

  Optional<WebhookTarget> forSystem(long externalSystemId);
}
