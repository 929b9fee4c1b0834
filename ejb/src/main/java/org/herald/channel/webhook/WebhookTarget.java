package org.herald.channel.webhook;

import java.net.URI;

/** Where a system takes its pushes, and the secret its requests are signed with. */
public record WebhookTarget(URI url, String secret) {}
