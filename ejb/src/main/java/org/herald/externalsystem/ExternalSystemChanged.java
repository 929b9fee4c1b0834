package org.herald.externalsystem;

/**
 * An external system's keys or details changed (its code names it): fired in the changing
 * transaction, observed once it has committed ({@link ExternalSystemKeys} forgets what it
 * remembered of the system).
 */
public record ExternalSystemChanged(String code) {}
