package org.herald.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.dynamiclink.DynamicLinkSettings;
import org.herald.dynamiclink.DynamicLinks;
import org.herald.link.LinkKeys;
import org.herald.link.PublicAddress;
import org.herald.message.HtmlContent;
import org.herald.settings.CurrentSettings;

/**
 * Makes outgoing HTML emails trackable when the tracking settings say so: links become signed click
 * redirects and an open pixel is added (see {@link TrackedEmail}). Plain-text emails and other
 * media pass unchanged. Tracking addresses stay valid for {@code herald.tracking.link-lifetime}.
 */
@ApplicationScoped
public class EmailTracking {

  private static final String ENDPOINTS = "tracking/";

  @Inject CurrentSettings current;
  @Inject LinkKeys signingKey;
  @Inject PublicAddress publicAddress;

  @Inject
  @ConfigProperty(name = "herald.tracking.link-lifetime", defaultValue = "P365D")
  Duration linkLifetime;

  /** The message to send: tracked if it is an HTML email in the settings' scope, else as given. */
  public OutgoingMessage track(OutgoingMessage message, boolean fromNotificationRun) {
    if (message.medium() != Medium.EMAIL || message.content() == null) {
      return message;
    }
    TrackingSettings settings = current.of(TrackingSettingsRow.class);
    if (!settings.appliesTo(fromNotificationRun)) {
      return message;
    }
    return HtmlContent.parse(message.content())
        .map(
            html ->
                message.withContent(
                    TrackedEmail.rewrite(html, links(settings, message), heraldPublic(settings))))
        .orElse(message);
  }

  private TrackingLinks links(TrackingSettings settings, OutgoingMessage message) {
    return new TrackingLinks(
        signingKey.tokens(),
        new TrackingAddress(publicAddress.of(settings.endPoint(), ENDPOINTS), settings.customUrl()),
        message.communicationNumber(),
        message.contactNumber(),
        Instant.now().plus(linkLifetime));
  }

  /**
   * Herald's public endpoints (at the configured base, the tracking end point and the dynamic-link
   * end point) and the dynamic links' custom URL: links an action or unsubscribe depends on are
   * never wrapped in a click redirect.
   */
  private List<String> heraldPublic(TrackingSettings settings) {
    DynamicLinks links = current.of(DynamicLinkSettings.class);
    List<String> own = new ArrayList<>(4);
    own.add(publicAddress.base() + PublicAddress.PUBLIC_PATH);
    own.add(publicAddress.of(settings.endPoint(), ""));
    own.add(publicAddress.of(links.endPoint(), ""));
    if (links.customUrl() != null) {
      own.add(links.customUrl());
    }
    return own;
  }
}
