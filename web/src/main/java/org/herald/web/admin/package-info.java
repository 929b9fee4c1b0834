/** The admin portal's JSF backing beans: view state only, the services do the work. */
package org.herald.web.admin;
