/** General and tracking settings as the REST API shows them. */
package org.herald.api.settings;
