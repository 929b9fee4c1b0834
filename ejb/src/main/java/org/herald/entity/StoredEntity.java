package org.herald.entity;

import java.time.Instant;

/** A referring entity as stored: its values and when the CRM last synced them. */
public record StoredEntity(EntitySnapshot snapshot, Instant updatedAt) {}
