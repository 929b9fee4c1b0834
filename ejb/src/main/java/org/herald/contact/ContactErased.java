package org.herald.contact;

/**
 * A contact erased on request (the data-protection right to erasure), fired as a synchronous CDI
 * event inside the erasure's transaction: each area that keeps the contact's personal data under
 * its own tables (an event's outcomes keep the addresses they went to) removes it there, and the
 * erasure commits or fails as a whole.
 */
public record ContactErased(String contactNumber) {}
