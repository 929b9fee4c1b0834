package org.herald.notification;

/**
 * What one chunk of a run did: items read ({@code candidates}); per item and template, a
 * communication created, skipped by data protection, skipped for want of a contact or address, or
 * refused by the sending rules ({@code failed}).
 */
record RunCounts(
    long candidates, long created, long skippedConsent, long skippedNoAddress, long failed) {}
