/**
 * Email tracking over HTTP: the public open pixel and click redirects recipients reach from an
 * email (their signed token is the only credential), and a communication's tracking details.
 */
package org.herald.web.api.tracking;
