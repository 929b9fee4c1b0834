/**
 * Email tracking (the seed's "Tracking emails"): its settings, the open pixel and click redirects
 * put into outgoing HTML emails at send time, and the views and clicks recorded against each
 * communication.
 */
package org.herald.tracking;
