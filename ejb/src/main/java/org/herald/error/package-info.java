/**
 * The domain's exceptions, one per kind of refusal; the web layer maps each to one problem type.
 */
package org.herald.error;
