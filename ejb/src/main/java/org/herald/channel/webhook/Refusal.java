package org.herald.channel.webhook;

/**
 * Why a webhook URL may not be used: {@code code} is the error code an admin sees on save, or the
 * queue entry's on a push. Only a host that does not resolve may work later (DNS can be down);
 * every other refusal is lasting.
 */
public record Refusal(String code, String message) {

  /** Not an absolute http or https URL with a host. */
  public static final String INVALID_URL = "INVALID_URL";

  /** The host has no address (now). */
  public static final String UNKNOWN_HOST = "UNKNOWN_HOST";

  /** The host resolves to a private address and the operator has not allowed them. */
  public static final String PRIVATE_ADDRESS = "PRIVATE_ADDRESS";

  /** The host resolves to an address never allowed (cloud metadata, unspecified, multicast). */
  public static final String FORBIDDEN_ADDRESS = "FORBIDDEN_ADDRESS";

  public boolean isLasting() {
    return !UNKNOWN_HOST.equals(code);
  }
}
