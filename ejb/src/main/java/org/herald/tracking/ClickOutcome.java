package org.herald.tracking;

import org.herald.link.InvalidLinkException;

/** Where a tracked click leads: the URL its token was signed for, or why the token was refused. */
public record ClickOutcome(String url, InvalidLinkException.Reason refusal) {

  static ClickOutcome redirect(String url) {
    return new ClickOutcome(url, null);
  }

  static ClickOutcome refused(InvalidLinkException.Reason reason) {
    return new ClickOutcome(null, reason);
  }

  public boolean isRedirect() {
    return url != null;
  }
}
