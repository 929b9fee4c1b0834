/** Email tracking details as the REST API shows them. */
package org.herald.api.tracking;
