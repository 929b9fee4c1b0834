package org.herald.link;

/** What a signed link is for; a token of one kind is never accepted as another. */
public enum LinkKind {
  /** A dynamic link: its subject is the {@code DynamicLinkType} performed once. */
  ACTION,
  /** A tracked click: its subject is the URL the recipient is sent on to. */
  CLICK,
  /** The open pixel of a tracked email. */
  OPEN,
  /** A link in a preview or test send: shows what the link would do, does nothing. */
  PREVIEW
}
