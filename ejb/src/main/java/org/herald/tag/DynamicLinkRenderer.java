package org.herald.tag;

/**
 * Writes the dynamic link of a type for the communication being rendered (it knows the contact or
 * service request the link acts on and signs it). Its output is markup Herald builds, not data: it
 * must escape what it embeds (URL, link text) with the {@link Escaping} it is given, and may write
 * an anchor element in HTML and a bare URL in plain text.
 */
@FunctionalInterface
public interface DynamicLinkRenderer {

  /** For communications without links: every dynamic link renders empty. */
  DynamicLinkRenderer NONE = (out, type, escaping) -> {};

  void appendTo(StringBuilder out, DynamicLinkType type, Escaping escaping);
}
