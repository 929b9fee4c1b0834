package org.herald.template;

/** A template rendered for one contact: the language chosen, the subject (or null) and body. */
public record Preview(String language, String subject, String body) {}
