/**
 * General settings (the seed's "General Settings"): the email and SMS servers, the media allowed,
 * and the maximum characters per medium. Stored in the database, seeded once from configuration.
 */
package org.herald.settings;
