/**
 * Referring entities the CRM syncs (contact information, accounts receivable, wallet, bill, …): the
 * one model of their types and fields that validation and the tag catalogue derive from.
 */
package org.herald.entity;
