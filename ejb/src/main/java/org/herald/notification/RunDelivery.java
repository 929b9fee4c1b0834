package org.herald.notification;

/**
 * What the queue has made of a run's communications so far: pending, delivered (completed, or
 * completed and removed), rejected (expired apart), expired; and how many were viewed and clicked.
 */
public record RunDelivery(
    long pending, long delivered, long rejected, long expired, long viewed, long clicked) {}
