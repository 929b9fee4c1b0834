package org.herald.api.externalsystem;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.Medium;

/**
 * A third-party system (customer portal, mobile app) that pulls its queue entries over REST. {@code
 * apiKey} is shown only in the answer that creates the system or rotates its key.
 */
@Schema(name = "ExternalSystem")
public record ExternalSystemDto(
    @Schema(required = true, maxLength = 50, pattern = "[A-Z0-9_]{1,50}", example = "PORTAL")
        String code,
    @Schema(required = true, maxLength = 200, example = "Customer portal") String name,
    @Schema(maxLength = 50, example = "CP") String alternativeCode,
    @Schema(required = true, implementation = Medium.class, example = "[\"PUSH\", \"EMAIL\"]")
        List<String> supportedMedia,
    @Schema(
            description =
                "Message character count limit; the lower of this and the medium's applies",
            example = "500")
        Integer characterLimit,
    @Schema(
            description =
                "With a webhook, Herald pushes the system's entries there (signed POSTs) instead of"
                    + " waiting for it to pull them. http or https; a host resolving to a loopback,"
                    + " private or link-local address is refused (PRIVATE_ADDRESS) unless the"
                    + " operator allows them (herald.webhook.allow-private-addresses), a cloud"
                    + " metadata, unspecified or multicast address always (FORBIDDEN_ADDRESS);"
                    + " checked again before every push. Redirects are not followed.",
            maxLength = 2000,
            example = "https://portal.example.com/herald/webhook")
        String webhookUrl,
    @Schema(
            readOnly = true,
            maxLength = 100,
            description = "Shown once, at creation or rotation; stored hashed")
        String apiKey,
    @Schema(
            readOnly = true,
            maxLength = 100,
            description =
                "Signs webhook requests (Herald-Signature: t=<unix>,v1=<hex HMAC-SHA256 of"
                    + " \"<t>.<body>\">); shown once, at creation or rotation")
        String webhookSecret,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time")
        Instant keyCreatedAt) {}
