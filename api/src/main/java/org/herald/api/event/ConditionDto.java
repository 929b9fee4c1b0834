package org.herald.api.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A condition: a tag path from the catalogue, an operator valid for the field's kind (EQUALS,
 * NOT_EQUALS; MORE_THAN (inclusive) and LESS_THAN for numbers, amounts and dates; CONTAINS for
 * collections) and a value of the field's kind (dates: yyyy-mm-dd, today, today-1, today+7).
 */
@Schema(name = "Condition")
public record ConditionDto(
    @Schema(required = true, maxLength = 200, example = "accounts_receivable.outstanding_amount")
        String path,
    @Schema(required = true, maxLength = 20, example = "MORE_THAN") String operator,
    @Schema(required = true, maxLength = 200, example = "0") String value) {}
