package org.herald.api.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the queue has made of a run's communications: still pending, delivered (completed, or
 * completed and removed), rejected (expired ones apart), expired; and how many were viewed and
 * clicked (tracked emails).
 */
@Schema(name = "NotificationRunDelivery")
public record NotificationRunDeliveryDto(
    long pending, long delivered, long rejected, long expired, long viewed, long clicked) {}
