package org.herald.api.template;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.entity.EntityReferenceDto;

/**
 * A test send: the template rendered as for a preview (contact, entities, language, unrestricted
 * values) and delivered to {@code to}, an email address or an E.164 number as the medium needs.
 * Nothing is recorded as a communication.
 */
@Schema(name = "TestSendRequest")
public record TestSendRequestDto(
    @Schema(required = true, maxLength = 320, example = "qa@example.com") String to,
    @Schema(required = true, maxLength = 20, example = "CT000001") String contact,
    List<EntityReferenceDto> entities,
    @Schema(maxLength = 2, example = "el") String language,
    @Schema(example = "{\"offer\": \"Sports HD for 3 months\"}")
        Map<String, String> unrestricted) {}
