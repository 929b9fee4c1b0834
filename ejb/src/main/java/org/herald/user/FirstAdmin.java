package org.herald.user;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.error.InvalidInputException;

/**
 * Creates the first admin from herald.portal.admin.username / .password when the database has no
 * portal user yet; without them no one can log in until an admin is configured.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdmin {

  private static final System.Logger LOG = System.getLogger(FirstAdmin.class.getName());

  @Inject PortalUserService users;

  @Inject
  @ConfigProperty(name = "herald.portal.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "herald.portal.admin.password")
  Optional<String> password;

  @PostConstruct
  void create() {
    if (password.filter(p -> !p.isBlank()).isEmpty()) {
      if (users.all().isEmpty()) {
        LOG.log(
            System.Logger.Level.WARNING,
            "No portal user and no herald.portal.admin.password: no one can log in to the portal");
      }
      return;
    }
    try {
      if (users.addFirstAdmin(username, password.get())) {
        LOG.log(System.Logger.Level.INFO, "Portal: first admin {0} created", username);
      }
    } catch (InvalidInputException e) {
      // Herald still serves the API; the portal waits for a valid admin at the next start.
      LOG.log(
          System.Logger.Level.ERROR,
          "Portal: the first admin from herald.portal.admin.* was refused: {0}",
          e.errors());
    }
  }
}
