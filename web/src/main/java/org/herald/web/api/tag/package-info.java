/** The tag catalogue over REST, for the template editor's '#' autocomplete. */
package org.herald.web.api.tag;
