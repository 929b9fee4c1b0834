/** Communication categories as the REST API shows them. */
package org.herald.api.category;
