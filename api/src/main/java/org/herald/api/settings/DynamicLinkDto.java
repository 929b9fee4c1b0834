package org.herald.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dynamic link type's settings: the seed's Link Text and Redirection URL, and whether on. */
@Schema(name = "DynamicLink")
public record DynamicLinkDto(
    @Schema(
            required = true,
            maxLength = 60,
            example = "OPT_OUT_DIRECT_MARKETING",
            description = "The #dynamic_link.<type> tag, in upper case")
        String type,
    @Schema(description = "Only enabled links may be used in templates and communications")
        boolean enabled,
    @Schema(required = true, maxLength = 200, example = "Unsubscribe from our offers")
        String linkText,
    @Schema(
            maxLength = 2000,
            example = "https://www.example.com/preferences-saved",
            description = "Where the recipient goes after the action; none: Herald's own page")
        String redirectionUrl) {}
