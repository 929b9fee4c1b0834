/**
 * Integration tests: plain JUnit classes that drive the real EAR over HTTP (and read the database)
 * as the CRM, an admin or an operator would. it/domain.sh deploys the EAR once on the build's
 * Payara domain (PostgreSQL, OpenMQ) before the first class runs, so every class shares one
 * deployment and one database.
 */
package org.herald.it;
