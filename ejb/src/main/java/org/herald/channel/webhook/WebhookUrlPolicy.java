package org.herald.channel.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which webhook URLs Herald may push to: absolute http or https URLs whose host resolves only to
 * addresses the {@link AddressPolicy} allows. Checked when an admin sets the URL and again before
 * every push, as the host's DNS can change in between. Every address of the host is checked, not
 * only the one the client would pick. Private addresses are allowed only with {@code
 * herald.webhook.allow-private-addresses=true} (a receiver inside the operator's own network).
 */
@ApplicationScoped
public class WebhookUrlPolicy {

  @Inject
  @ConfigProperty(name = "herald.webhook.allow-private-addresses", defaultValue = "false")
  boolean allowPrivateAddresses;

  private HostResolver resolver = HostResolver.SYSTEM;

  protected WebhookUrlPolicy() {} // for CDI

  WebhookUrlPolicy(boolean allowPrivateAddresses, HostResolver resolver) {
    this.allowPrivateAddresses = allowPrivateAddresses;
    this.resolver = resolver;
  }

  /** Why Herald may not push to {@code url}; empty when it may. */
  public Optional<Refusal> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
    if (!url.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || url.getHost() == null) {
      return Optional.of(
          new Refusal(Refusal.INVALID_URL, "must be an absolute http or https URL with a host"));
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.addresses(url.getHost());
    } catch (UnknownHostException e) {
      addresses = List.of();
    }
    if (addresses.isEmpty()) {
      return Optional.of(
          new Refusal(Refusal.UNKNOWN_HOST, "host " + url.getHost() + " does not resolve"));
    }
    AddressPolicy policy = new AddressPolicy(allowPrivateAddresses);
    return addresses.stream()
        .map(policy::refusal)
        .flatMap(Optional::stream)
        .findFirst()
        .map(r -> new Refusal(r.code(), url.getHost() + ": " + r.message() + hint(r)));
  }

  private static String hint(Refusal refusal) {
    return Refusal.PRIVATE_ADDRESS.equals(refusal.code())
        ? " (allowed only with herald.webhook.allow-private-addresses=true)"
        : "";
  }
}
