/** Business events the CRM posts, automations, segments and conditions. */
package org.herald.api.event;
