package org.herald.api.entity;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referring entity synced from the CRM. On PUT only {@code values} is read (type and number come
 * from the path); values are in their JSON form: amounts as numbers with 2 decimals, dates ISO
 * ({@code 2026-11-30}), references as the referenced record's number, collections as lists of text.
 */
@Schema(name = "Entity")
public record EntityDto(
    @Schema(readOnly = true, maxLength = 50, example = "payment") String type,
    @Schema(readOnly = true, maxLength = 50, example = "PM000042") String number,
    @Schema(required = true, example = "{\"amount\": 50.00, \"accounts_receivable\": \"AR000123\"}")
        Map<String, Object> values,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
