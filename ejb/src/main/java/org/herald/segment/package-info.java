/**
 * Segments: lists of contacts defined by conditions or kept by hand, whose membership the database
 * evaluates live whenever an automation or a run asks.
 */
package org.herald.segment;
