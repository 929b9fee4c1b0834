package org.herald.api.template;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a test send delivered, and what the server it went to answered. */
@Schema(name = "TestSend")
public record TestSendDto(
    @Schema(example = "qa@example.com") String to,
    PreviewDto rendered,
    @Schema(description = "Whether the server took the message") boolean delivered,
    @Schema(example = "250 OK") String reply) {}
