/** The tag catalogue: the tags templates may use. */
package org.herald.api.tag;
