package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact in a segment (or, in a segment of another entity type, a record: no name). */
@Schema(name = "SegmentMember")
public record SegmentMemberDto(
    @Schema(maxLength = 20, example = "CT000001") String contact,
    @Schema(maxLength = 200) String name) {}
