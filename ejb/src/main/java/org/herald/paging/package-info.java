/** Paging and sorting of list queries, validated the same way for every list. */
package org.herald.paging;
