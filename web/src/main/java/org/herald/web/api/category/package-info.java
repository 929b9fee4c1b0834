/** REST resource for communication categories (/categories). */
package org.herald.web.api.category;
