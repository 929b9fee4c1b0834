package org.herald.api.settings;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The dynamic-link settings. {@code endPoint} is where recipients reach Herald (a bare host means
 * https); {@code customUrl} an own handler that overrides it and is handed {@code ?token=…}. On a
 * change, link types left out of {@code links} keep their settings.
 */
@Schema(name = "DynamicLinkSettings")
public record DynamicLinkSettingsDto(
    @Schema(maxLength = 2000, example = "crm.example.com") String endPoint,
    @Schema(maxLength = 2000, example = "https://www.example.com/links") String customUrl,
    List<DynamicLinkDto> links) {}
