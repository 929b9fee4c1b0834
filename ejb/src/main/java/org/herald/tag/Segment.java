package org.herald.tag;

/** A piece of a parsed template text: literal text, or a tag to replace. */
public sealed interface Segment permits Literal, Tag {}
