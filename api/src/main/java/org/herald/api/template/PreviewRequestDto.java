package org.herald.api.template;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.herald.api.entity.EntityReferenceDto;

/**
 * What to preview a template for: the contact's number, the referring entities, an optional
 * language (else the contact's preferred one, else the template's default) and a value for every
 * {@code #unrestricted.<name>} tag.
 */
@Schema(name = "PreviewRequest")
public record PreviewRequestDto(
    @Schema(required = true, maxLength = 20, example = "CT000001") String contact,
    List<EntityReferenceDto> entities,
    @Schema(maxLength = 2, example = "el") String language,
    @Schema(example = "{\"offer\": \"Sports HD for 3 months\"}")
        Map<String, String> unrestricted) {}
