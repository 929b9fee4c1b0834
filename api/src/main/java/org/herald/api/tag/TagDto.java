package org.herald.api.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tag templates may use: its path (written after '#') and what it renders, one of TEXT, NUMBER,
 * AMOUNT, DATE, BOOLEAN, REFERENCE, COLLECTION, DYNAMIC_LINK.
 */
@Schema(name = "Tag")
public record TagDto(
    @Schema(example = "payment.accounts_receivable.balance") String path,
    @Schema(example = "AMOUNT") String kind) {}
