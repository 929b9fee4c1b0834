/** Communications as the REST API shows them. */
package org.herald.api.communication;
