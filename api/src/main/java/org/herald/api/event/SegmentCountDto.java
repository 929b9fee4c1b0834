package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many contacts a segment has now. */
@Schema(name = "SegmentCount")
public record SegmentCountDto(long count) {}
