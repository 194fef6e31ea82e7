package org.asistream.faults;

import java.time.LocalDate;
import java.util.List;

import org.asistream.platform.feed.Delivery;
import org.asistream.platform.feed.FeedSettings;
import org.asistream.platform.feed.SyntheticEpisodes;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.reference.ReferenceDataFile;

/** Realistic events of every synthetic trust (the national figures, with the trusts' usual dirt), from April 2010. */
final class Episodes {

    static final LocalDate FROM = LocalDate.of(2010, 4, 1);

    /** The first {@code count} events in delivery order, the same for the same seed. */
    static List<PathwayEvent> realistic(long seed, int count) {
        return feed(seed).between(FROM, FROM.plusYears(5)).limit(count).map(Delivery::event).toList();
    }

    static SyntheticEpisodes feed(long seed) {
        return new SyntheticEpisodes(ReferenceDataFile.syntheticRegistry(), seed, FeedSettings.DEFAULT);
    }

    private Episodes() {
    }
}
