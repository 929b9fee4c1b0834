package org.herald.condition;

/**
 * A condition as a user writes it, not yet checked: a tag path from the catalogue ({@code
 * accounts_receivable.outstanding_amount}), an operator name and the value as text.
 */
public record ConditionInput(String path, String operator, String value) {}
