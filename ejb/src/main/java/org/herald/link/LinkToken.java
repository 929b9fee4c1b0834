package org.herald.link;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signed link says: its kind, the communication and contact it was made for, when it stops
 * being accepted, and its subject (an action, or the URL of a click). Numbers and kinds never hold
 * a '|'; the subject, last, may.
 */
public record LinkToken(
    LinkKind kind, String communication, String contact, Instant expiresAt, String subject) {

  public LinkToken {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expiresAt, "expiresAt");
    communication = communication == null ? "" : communication;
    contact = contact == null ? "" : contact;
    subject = subject == null ? "" : subject;
    if (communication.indexOf('|') >= 0 || contact.indexOf('|') >= 0) {
      throw new IllegalArgumentException("numbers cannot hold '|'");
    }
  }

  public boolean isExpired(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
