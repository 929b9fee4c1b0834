/**
 * Tests that drive Herald through a client generated from its served OpenAPI document (the build
 * generates and compiles it in pre-integration-test, once the test domain serves the document).
 */
package org.herald.it.client;
