package org.herald.channel.webhook;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Where a system takes its pushes, and the secret its requests are signed with: stored sealed, so
 * it is opened only when a push is signed.
 */
public record WebhookTarget(URI url, Supplier<String> secret) {}
