/** REST resources of notification types and notification runs. */
package org.herald.web.api.notification;
