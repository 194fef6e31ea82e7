/**
 * Benchmark harnesses. Each prints its figures beside a baseline measured on the same broker in the same run
 * (Kafka's ProducerPerformance or ConsumerPerformance), and the ratio. Results and how to run them: docs/benchmarks.md.
 */
package org.asistream.bench;
