package org.herald.dynamiclink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.link.LinkKeys;
import org.herald.link.LinkKind;
import org.herald.link.LinkToken;
import org.herald.settings.CurrentSettings;
import org.herald.tag.DynamicLinkRenderer;
import org.herald.tag.DynamicLinkType;

/**
 * Makes the dynamic links of a message: real ones for a communication, inert ones for a preview or
 * test send. Links stay valid for {@code herald.dynamic-link.lifetime} (default 60 days).
 */
@ApplicationScoped
public class DynamicLinkRenderers {

  @Inject CurrentSettings current;
  @Inject LinkAddresses addresses;
  @Inject LinkKeys key;

  @Inject
  @ConfigProperty(name = "herald.dynamic-link.lifetime", defaultValue = "P60D")
  Duration lifetime;

  /** The links of a communication to a contact: each performs its action once. */
  public DynamicLinkRenderer forCommunication(String communication, String contact) {
    return renderer(LinkKind.ACTION, communication, contact);
  }

  /** Links that show what they would do and do nothing: for previews and test sends. */
  public DynamicLinkRenderer forPreview(String contact) {
    return renderer(LinkKind.PREVIEW, "", contact);
  }

  /**
   * The RFC 8058 one-click unsubscribe address of a marketing communication: the opt-out link of
   * its list, always at Herald's own handler.
   */
  public String unsubscribeAddress(String communication, String contact, DynamicLinkType optOut) {
    DynamicLinks settings = current.of(DynamicLinkSettings.class);
    return addresses.herald(
        settings,
        key.tokens()
            .sign(new LinkToken(LinkKind.ACTION, communication, contact, expiry(), optOut.name())));
  }

  /** The link types saving a template or communication may use. */
  public Set<DynamicLinkType> enabledTypes() {
    return current.of(DynamicLinkSettings.class).enabledTypes();
  }

  private DynamicLinkRenderer renderer(LinkKind kind, String communication, String contact) {
    DynamicLinks settings = current.of(DynamicLinkSettings.class);
    return new SignedDynamicLinks(
        settings,
        key.tokens(),
        token -> addresses.link(settings, token),
        kind,
        communication,
        contact,
        expiry());
  }

  private Instant expiry() {
    return Instant.now().plus(lifetime);
  }
}
