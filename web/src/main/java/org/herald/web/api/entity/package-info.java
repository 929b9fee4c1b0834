/** The REST resource through which the CRM syncs its referring entities. */
package org.herald.web.api.entity;
