/**
 * Demo data (the seeds' Company ZX), loaded when herald.demo-data=true so a new install is
 * explorable.
 */
package org.herald.demo;
