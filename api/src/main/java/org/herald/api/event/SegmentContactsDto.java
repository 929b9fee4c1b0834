package org.herald.api.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contacts (by number) to add to or remove from a static segment. */
@Schema(name = "SegmentContacts")
public record SegmentContactsDto(
    @Schema(required = true, example = "[\"CT000001\"]") List<String> contacts) {}
