/** Contacts (the seed's contact information): names, addresses, numbers, language, preferences. */
package org.herald.contact;
