package org.herald.queue;

import org.herald.api.Medium;
import org.herald.api.QueueState;

/** Narrows an external system's view of its queue; a null criterion does not narrow. */
public record ExternalQueueFilter(QueueState state, Medium medium, String contactNumber) {}
