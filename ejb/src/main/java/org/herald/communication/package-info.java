/** Communications: the logged record of every interaction with a contact, and its categories. */
package org.herald.communication;
