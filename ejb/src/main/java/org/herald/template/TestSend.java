package org.herald.template;

/** A test send's outcome: the rendering delivered, and the peer's answer. */
public record TestSend(String to, Preview rendered, boolean delivered, String reply) {}
