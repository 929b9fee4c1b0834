package org.herald.secret;

/**
 * A secret as Herald keeps it: sealed, so it can be stored, compared and passed around without
 * being readable. Only {@link Secrets#open} gives its text, where it is used.
 *
 * @param text the sealed form, as stored
 */
public record SealedSecret(String text) {

  public SealedSecret {
    if (!SecretBox.isSealed(text)) {
      throw new IllegalArgumentException("not a sealed secret");
    }
  }

  /** Never the sealed text either: logs need not carry it. */
  @Override
  public String toString() {
    return "SealedSecret[…]";
  }
}
