package org.herald.template;

import org.herald.api.Medium;

/** Which templates a list shows; a null criterion does not filter. */
public record TemplateFilter(
    Medium medium, String referringEntityType, String externalSystem, Boolean effective) {}
