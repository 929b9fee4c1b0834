package org.herald.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seed's Tracking Settings: whether emails get an open pixel and click-tracked links, where
 * those point, and which communications are tracked.
 */
@Schema(name = "TrackingSettings")
public record TrackingSettingsDto(
    @Schema(required = true, description = "Whether outgoing HTML emails are tracked")
        boolean enabled,
    @Schema(
            description =
                "Where tracking addresses point: a bare host means https://host, a full URL keeps"
                    + " its scheme; blank means herald.public-base-url",
            maxLength = 2000,
            example = "crm.example.com")
        String endPoint,
    @Schema(
            description =
                "A handler of your own that overrides the end point: tracking addresses are then"
                    + " this URL with ?token= (or &token=) and a token, which the handler forwards"
                    + " to /public/tracking/{token}",
            maxLength = 2000,
            example = "https://crm.example.com/track")
        String customUrl,
    @Schema(
            required = true,
            maxLength = 20,
            enumeration = {"ALL", "NOTIFICATIONS"},
            description = "ALL communications, or only those of notification runs",
            example = "ALL")
        String scope) {}
