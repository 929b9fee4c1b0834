/** The public end of dynamic links: what a recipient reaches by clicking one in a message. */
package org.herald.web.api.link;
