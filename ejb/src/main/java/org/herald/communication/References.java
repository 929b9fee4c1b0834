package org.herald.communication;

import org.herald.contact.Contact;

/** What a communication's request names, looked up and checked: who, which category, where to. */
record References(
    Contact contact, Category category, String recipient, Communication referringTo) {}
