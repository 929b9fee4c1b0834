/**
 * Communication tags ({@code #payment.amount}): parsing a template text once, rendering it per
 * communication and language, and the catalogue that autocompletes and validates tags.
 */
package org.herald.tag;
