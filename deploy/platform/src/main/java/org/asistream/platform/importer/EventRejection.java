package org.asistream.platform.importer;

/** One reason the API gave for refusing the event at {@code index} of a batch. */
record EventRejection(int index, String eventId, String field, String reason) {
}
