package org.herald.event;

import java.time.Instant;
import java.util.Map;
import org.herald.entity.EntityKey;

/**
 * An event as the CRM posts it, not yet checked: {@code values} (may be null) are the entity's
 * values at that moment, upserted before the event is processed.
 */
public record NewEvent(
    String eventId,
    String type,
    EntityKey entity,
    String contact,
    Instant occurredAt,
    Map<String, Object> values) {}
