/**
 * External systems over REST: the back-office registers them (/external-systems); each system, with
 * its own key, pulls and settles its queue entries (/queue/entries).
 */
package org.herald.web.api.externalsystem;
