package org.herald.notification;

import org.herald.entity.EntityRecord;

/** One candidate of a run: a referring entity's id (the keyset) and its record. */
public record RunItem(long id, EntityRecord record) {}
