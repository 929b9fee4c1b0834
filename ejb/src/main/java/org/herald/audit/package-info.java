/** The audit trail: who changed which template, setting, external system or user, and when. */
package org.herald.audit;
