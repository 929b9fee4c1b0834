package org.herald.template;

import java.util.List;
import java.util.Map;
import org.herald.entity.EntityKey;

/**
 * What a template is rendered for: the contact (the {@code contact_information} entity), the
 * referring entities by type and number, an optional language and the unrestricted values.
 */
public record PreviewRequest(
    String contact, List<EntityKey> entities, String language, Map<String, String> unrestricted) {}
