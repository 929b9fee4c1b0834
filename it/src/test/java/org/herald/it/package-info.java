/**
 * Integration tests: plain JUnit classes that drive the real EAR over HTTP (and read the database)
 * as the CRM, an admin or an operator would. it/domain.sh deploys the EAR once on the build's
 * Payara domain (PostgreSQL, OpenMQ) before the first class runs, so every class shares one
 * deployment and one database, in any order: each class makes its own data (unique contacts, codes,
 * addresses), sets the shared settings its tests need, and gives back those it changed ({@link
 * org.herald.it.support.SettingsRestored}).
 */
package org.herald.it;
