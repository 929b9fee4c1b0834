/**
 * The end-to-end benchmark: Herald on a real server and database, driven over REST, drained into
 * the benchmark's own sinks, each figure beside a raw loop to the same sink.
 */
package org.herald.bench.e2e;
