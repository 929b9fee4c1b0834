package org.herald.api.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts a run of a notification type now. */
@Schema(name = "NewNotificationRun")
public record NewNotificationRunDto(
    @Schema(required = true, maxLength = 50, example = "AR_OUTSTANDING") String notificationType) {}
