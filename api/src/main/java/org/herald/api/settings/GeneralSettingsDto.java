package org.herald.api.settings;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.Medium;

/**
 * The email and SMS servers (each enabled or not), the media allowed for outgoing communications,
 * the maximum characters per medium (by medium name; a medium without one has no limit), and the
 * authorization defaults of new contacts.
 */
@Schema(name = "GeneralSettings")
public record GeneralSettingsDto(
    EmailServerDto emailServer,
    SmsServerDto smsServer,
    @Schema(implementation = Medium.class, example = "[\"EMAIL\", \"SMS\", \"PUSH\"]")
        List<String> allowedMedia,
    @Schema(example = "{\"SMS\": 160, \"EMAIL\": 1000}") Map<String, Integer> characterLimits,
    @Schema(description = "Left out of a change: kept as they are")
        AuthorizationDto authorization) {}
