package org.herald.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.user.PortalUserService;
import org.herald.user.Role;

/**
 * Checks a user name and password against the portal users (PBKDF2 hashes in the database) and
 * answers the user's roles as groups; the service counts failures and refuses locked names.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject PortalUserService users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return users
        .login(login.getCaller(), login.getPasswordAsString())
        .map(roles -> new CredentialValidationResult(login.getCaller(), groups(roles)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
