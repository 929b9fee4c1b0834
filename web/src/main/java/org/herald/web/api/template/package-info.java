/** Communication templates over REST: CRUD, list filters and previews. */
package org.herald.web.api.template;
