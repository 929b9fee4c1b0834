/** REST resources for the general and tracking settings (/settings/general, /settings/tracking). */
package org.herald.web.api.settings;
