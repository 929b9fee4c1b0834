package org.herald.api.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referring entity by type and the CRM's number. */
@Schema(name = "EntityReference")
public record EntityReferenceDto(
    @Schema(maxLength = 50, example = "payment") String type,
    @Schema(maxLength = 100, example = "PM000042") String number) {}
