package org.herald.tag;

/** A tag the catalogue offers: its path without the '#' and what it renders. */
public record TagDefinition(String path, TagKind kind) {}
