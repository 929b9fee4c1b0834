/** Maps every failure to an application/problem+json answer; bad input never becomes a 500. */
package org.herald.web.api.problem;
