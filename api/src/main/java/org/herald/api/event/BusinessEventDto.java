package org.herald.api.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.entity.EntityReferenceDto;

/**
 * A business event from the CRM. On POST: {@code id} (the CRM's, the key that makes a retry
 * harmless), {@code type}, {@code entity}, {@code contact}, {@code occurredAt} and optionally the
 * entity's {@code values} at that moment. Read back, it also tells when it was received and
 * processed and what each automation made of it.
 */
@Schema(name = "BusinessEvent")
public record BusinessEventDto(
    @Schema(
            required = true,
            maxLength = 100,
            pattern = "[A-Za-z0-9._:-]{1,100}",
            example = "EV-2026-000042")
        String id,
    @Schema(required = true, maxLength = 100, example = "payment.posted") String type,
    @Schema(required = true) EntityReferenceDto entity,
    @Schema(required = true, maxLength = 20, example = "CT000001") String contact,
    @Schema(required = true, type = SchemaType.STRING, format = "date-time") Instant occurredAt,
    @Schema(
            description = "The entity's values, upserted before the event is processed",
            example = "{\"amount\": 50.00, \"accounts_receivable\": \"AR000123\"}")
        Map<String, Object> values,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant receivedAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant processedAt,
    @Schema(readOnly = true) List<EventOutcomeDto> outcomes) {}
