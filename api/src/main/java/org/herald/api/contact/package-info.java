/** Contacts (the contact_information entity) as the REST API shows them. */
package org.herald.api.contact;
