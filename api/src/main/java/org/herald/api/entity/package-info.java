/** Referring entities (accounts receivable, bill, payment, …) as the CRM syncs them. */
package org.herald.api.entity;
