/** REST resource for contacts (/contacts). */
package org.herald.web.api.contact;
