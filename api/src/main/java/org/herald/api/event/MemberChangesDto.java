package org.herald.api.event;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report of adding, removing or importing contacts, one item per contact or line. */
@Schema(name = "MemberChanges")
public record MemberChangesDto(List<MemberChangeDto> items) {}
