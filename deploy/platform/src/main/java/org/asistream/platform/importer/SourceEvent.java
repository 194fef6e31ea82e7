package org.asistream.platform.importer;

/**
 * One event of an input file: its line number (counting from 1), the JSON the API is sent, and the line as written
 * (the same text for NDJSON, the CSV row for CSV), kept for the rejection log.
 */
record SourceEvent(int line, String json, String source) {
}
