/**
 * The API's input edge: a strict JSON reader and a parameter check, so malformed input is refused
 * as a problem naming the field before any of it reaches the domain or the database.
 */
package org.herald.web.api.input;
