/** Business events from the CRM over REST: posted one by one or in batches, read with outcomes. */
package org.herald.web.api.event;
