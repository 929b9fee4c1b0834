package org.herald.contact;

import org.herald.api.Classification;

/**
 * The seed's authorization settings: whether a new contact is opted in to a marketing list when the
 * CRM does not say. Kept where the settings are (implemented there), asked here.
 */
public interface ConsentDefaults {

  /** Whether a new contact starts opted in to {@code list} (a marketing classification). */
  boolean optedIn(Classification list);
}
