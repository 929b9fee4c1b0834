package org.herald.dynamiclink;

import java.time.Instant;
import org.herald.tag.DynamicLinkType;

/**
 * A recipient followed a communication's dynamic link, for the first time: fired as a CDI event in
 * the transaction that records the use, so what the link means to a communication (the service
 * request it refers to) is decided where communications are known. Throwing from an observer undoes
 * the use.
 */
public record DynamicLinkFollowed(
    DynamicLinkType type, String communicationNumber, String contactNumber, Instant at) {}
