/** General settings as the REST API shows them. */
package org.herald.api.settings;
