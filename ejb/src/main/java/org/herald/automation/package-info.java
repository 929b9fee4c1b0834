/**
 * Automations, the seed's event based communications: which event, which templates per medium,
 * where to send, for whom (segments, conditions), and the catalogue of event types.
 */
package org.herald.automation;
