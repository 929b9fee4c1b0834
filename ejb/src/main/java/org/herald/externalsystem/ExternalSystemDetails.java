package org.herald.externalsystem;

import java.util.Set;
import org.herald.api.Medium;

/** What an admin may set on an external system, already parsed. */
public record ExternalSystemDetails(
    String name, String alternativeCode, Set<Medium> supportedMedia, Integer characterLimit) {}
