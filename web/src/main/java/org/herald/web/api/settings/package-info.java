/** REST resource for the general settings (/settings/general). */
package org.herald.web.api.settings;
