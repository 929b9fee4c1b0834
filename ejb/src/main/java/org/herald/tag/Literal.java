package org.herald.tag;

/** Template text copied as written; never escaped (it is the template author's own markup). */
public record Literal(String text) implements Segment {}
