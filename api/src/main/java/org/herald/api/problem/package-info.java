/** The RFC 9457 problem format every error answer uses. */
package org.herald.api.problem;
