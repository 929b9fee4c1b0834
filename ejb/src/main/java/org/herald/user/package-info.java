/** The admin portal's users: their roles, hashed passwords, and the rules that slow guessing. */
package org.herald.user;
