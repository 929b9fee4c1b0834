/** MicroProfile Health checks: liveness of the application, readiness of its database. */
package org.herald.health;
