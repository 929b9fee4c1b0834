/**
 * Integration tests: each deploys the real EAR on the build's Payara domain (PostgreSQL, OpenMQ)
 * and drives it over HTTP as the CRM, an admin or an operator would.
 */
package org.herald.it;
