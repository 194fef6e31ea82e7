package org.asistream.query.report;

import java.time.Instant;

/**
 * An answer that says which clock reading its figures hold at. Its JSON begins with these two fields (each answer
 * orders them first), so that an answer restamped with a later reading can reuse the rest of its predecessor's JSON.
 */
public interface StampedAnswer {

    Instant asOf();

    String asOfSource();
}
