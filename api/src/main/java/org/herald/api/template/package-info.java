/** Communication templates and their previews. */
package org.herald.api.template;
