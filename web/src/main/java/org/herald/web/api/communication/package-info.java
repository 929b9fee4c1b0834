/** REST resource for communications (/communications). */
package org.herald.web.api.communication;
