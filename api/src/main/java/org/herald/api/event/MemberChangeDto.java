package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one contact of a request (by index) or one line of an imported CSV (1-based) did: ADDED,
 * ALREADY_MEMBER, REMOVED, NOT_MEMBER, UNKNOWN_CONTACT or INVALID.
 */
@Schema(name = "MemberChange")
public record MemberChangeDto(
    int line,
    @Schema(maxLength = 200) String contact,
    @Schema(maxLength = 20, example = "ADDED") String status) {}
