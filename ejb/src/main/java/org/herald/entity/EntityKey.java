package org.herald.entity;

/** A referring entity named by its type and the CRM's number. */
public record EntityKey(String type, String number) {}
