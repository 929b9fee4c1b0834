/** Automations and the catalogue of event types over REST. */
package org.herald.web.api.automation;
