/**
 * What the integration tests share: the deployment, an HTTP client, test data builders, polling.
 */
package org.herald.it.support;
