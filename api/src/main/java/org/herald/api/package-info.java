/** Herald's public REST contract: the records and enums external systems and the CRM exchange. */
package org.herald.api;
