/**
 * The admin portal's login: Jakarta Security's form mechanism over the portal users, the caller's
 * role checks, and the headers every portal page carries.
 */
package org.herald.web.security;
