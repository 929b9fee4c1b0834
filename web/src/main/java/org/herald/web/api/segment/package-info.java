/** Segments over REST: by conditions or static, with live members and count. */
package org.herald.web.api.segment;
