/** The languages Herald communicates in (herald.languages) and the default one. */
package org.herald.language;
