/**
 * Corrections to the OpenAPI document Payara generates from the annotations, applied as an {@code
 * mp.openapi.filter}: what its scanner gets wrong is derived again from the Java types, so the
 * document stays true as the DTOs change.
 */
package org.herald.web.api.openapi;
