/**
 * Conditions on a contact's referring entities (tag path, operator, value), checked against the
 * entity model, evaluated in memory for one event and compiled to SQL for many contacts.
 */
package org.herald.condition;
