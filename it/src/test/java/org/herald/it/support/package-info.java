/**
 * What the integration tests share: the test domain, an HTTP client, test data builders, the test
 * servers (SMTP, SMSC), settings given back after a class, polling.
 */
package org.herald.it.support;
