/**
 * Business events from the CRM: accepted once by id, processed asynchronously, each automation's
 * outcome recorded with a key that makes every communication happen at most once.
 */
package org.herald.event;
