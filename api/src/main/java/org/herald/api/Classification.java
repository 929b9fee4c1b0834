package org.herald.api;

/**
 * What a communication is about, as far as the contact's preferences go: marketing ones need the
 * contact's opt-in and carry a one-click unsubscribe; financial ones cannot be opted out of.
 */
public enum Classification {
  CUSTOMER_CARE,
  FINANCIAL,
  REWARD,
  DIRECT_MARKETING,
  AFFILIATE_MARKETING;

  public boolean isMarketing() {
    return this == DIRECT_MARKETING || this == AFFILIATE_MARKETING;
  }
}
