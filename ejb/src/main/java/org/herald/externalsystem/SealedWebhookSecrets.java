package org.herald.externalsystem;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.herald.secret.Secrets;

/** At start, seals the webhook secrets that earlier versions stored in clear. */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "Secrets"})
public class SealedWebhookSecrets {

  @Inject Secrets secrets;

  @PostConstruct
  void seal() {
    secrets.sealStored("external_system", "webhook_secret");
  }
}
