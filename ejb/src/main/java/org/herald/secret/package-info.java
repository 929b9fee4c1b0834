/**
 * Secrets at rest: the passwords and signing keys Herald keeps in its database are sealed with
 * AES-GCM under a key from configuration ({@code herald.secrets.key}) and opened only where they
 * are used. At the bottom of the dependency graph: it knows no other area.
 */
package org.herald.secret;
