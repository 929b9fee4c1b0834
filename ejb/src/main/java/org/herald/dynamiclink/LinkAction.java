package org.herald.dynamiclink;

import org.herald.tag.DynamicLinkType;

/**
 * A dynamic link's action as the recipient sees it: its type and text, whether it is only a
 * preview's, whether it was used already, and where to send the recipient after it (null: Herald's
 * own page).
 */
public record LinkAction(
    DynamicLinkType type, String linkText, boolean preview, boolean used, String redirectionUrl) {}
