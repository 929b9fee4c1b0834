/** JMH benchmarks of Herald's speed targets, runnable from {@code bench/target/benchmarks.jar}. */
package org.herald.bench;
