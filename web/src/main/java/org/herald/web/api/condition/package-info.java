/** Conditions as the REST API writes them, shared by automations and segments. */
package org.herald.web.api.condition;
