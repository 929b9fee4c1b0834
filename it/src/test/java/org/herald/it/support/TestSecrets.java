package org.herald.it.support;

import java.util.List;
import org.herald.secret.SecretBox;
import org.herald.secret.SecretsKey;

/**
 * What Herald stored sealed, opened with the key the test domain configures ({@code
 * herald.it.secrets-key}, given to the server as a Payara password alias): proves a value is
 * sealed, with that key, and what it was sealed from.
 */
public final class TestSecrets {

  private static final SecretsKey KEY =
      SecretsKey.fromBase64("herald.it.secrets-key", System.getProperty("herald.it.secrets-key"));
  private static final SecretBox BOX = new SecretBox(KEY, List.of());

  private TestSecrets() {}

  /** The prefix of every value sealed with the configured key: {@code v1:<key-id>:}. */
  public static String sealedPrefix() {
    return SecretBox.PREFIX + KEY.id() + ":";
  }

  /** The text a stored value was sealed from; refuses a value in clear or sealed otherwise. */
  public static String open(String stored) {
    return BOX.open(stored);
  }
}
