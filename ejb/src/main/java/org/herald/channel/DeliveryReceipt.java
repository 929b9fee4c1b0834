package org.herald.channel;

/**
 * A peer's late report on a message it accepted (an SMSC's delivery receipt), fired as a CDI event
 * by the channel that received it; the queue observes it. {@code reference} is the id the peer gave
 * when it accepted the message ({@link SendOutcome#reference()}).
 */
public record DeliveryReceipt(String reference, boolean delivered, String code, String text) {}
