package org.herald.externalsystem;

import java.net.URI;
import java.util.Set;
import org.herald.api.Medium;

/**
 * What an admin may set on an external system, already parsed. With a {@code webhookUrl}, Herald
 * pushes the system's entries there instead of waiting for it to pull them.
 */
public record ExternalSystemDetails(
    String name,
    String alternativeCode,
    Set<Medium> supportedMedia,
    Integer characterLimit,
    URI webhookUrl) {}
