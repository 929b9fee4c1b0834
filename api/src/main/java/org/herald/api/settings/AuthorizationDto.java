package org.herald.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seed's authorization settings: whether a new contact is opted in to direct and affiliate
 * marketing when the CRM does not say.
 */
@Schema(name = "Authorization")
public record AuthorizationDto(
    @Schema(description = "A new contact is opted in to direct (in-house) marketing by default")
        boolean optInDirectMarketingByDefault,
    @Schema(description = "A new contact is opted in to affiliate (partner) marketing by default")
        boolean optInAffiliateMarketingByDefault) {}
