package org.herald.api.externalsystem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the calling system's queue, oldest first. Pages by cursor: ask for the next with
 * {@code ?after=<next>}; the last page has no {@code next}. The total only when asked ({@code
 * count=true}), since counting costs as much as the whole queue.
 */
@Schema(name = "ExternalQueuePage")
public record ExternalQueuePageDto(
    List<ExternalQueueEntryDto> items,
    @Schema(description = "The page size asked for (1–500)", example = "100") int size,
    @Schema(
            description =
                "Opaque cursor of the next page (pass it as ?after=); absent on the last page",
            example = "MTIzNDU")
        String next,
    @Schema(description = "How many entries match the filters; only with count=true")
        Long totalItems) {}
