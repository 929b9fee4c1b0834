package org.herald.api.contact;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact as read and written over REST. {@code number}, {@code createdAt} and {@code updatedAt}
 * are set by Herald and ignored on input.
 */
@Schema(name = "Contact")
public record ContactDto(
    @Schema(readOnly = true, maxLength = 20, example = "CT000001") String number,
    @Schema(required = true, maxLength = 200, example = "Maria Georgiou") String name,
    @Schema(description = "ISO 639-1; one of herald.languages", maxLength = 2, example = "el")
        String preferredLanguage,
    List<EmailDto> emails,
    List<PhoneDto> phones,
    @Schema(
            description =
                "Opted in to direct (in-house) marketing; left out of a new contact, the General"
                    + " Settings' authorization default; left out of a change, kept")
        Boolean optInDirectMarketing,
    @Schema(
            description =
                "Opted in to affiliate (partner) marketing; left out of a new contact, the General"
                    + " Settings' authorization default; left out of a change, kept")
        Boolean optInAffiliateMarketing,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant createdAt,
    @Schema(readOnly = true, type = SchemaType.STRING, format = "date-time") Instant updatedAt) {}
