/**
 * Paging and sorting of list queries, validated the same way for every list, and the Criteria query
 * that filters, sorts and pages them.
 */
package org.herald.paging;
