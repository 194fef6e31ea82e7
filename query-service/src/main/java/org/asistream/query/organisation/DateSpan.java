package org.asistream.query.organisation;

import java.time.LocalDate;
import java.util.Optional;

/** An inclusive run of Europe/London dates; {@link LocalDate#MIN} and {@link LocalDate#MAX} stand for no bound. */
public record DateSpan(LocalDate first, LocalDate last) {

    public static final DateSpan ALWAYS = new DateSpan(LocalDate.MIN, LocalDate.MAX);

    public DateSpan {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a span cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The dates in both; empty when they do not overlap. */
    public Optional<DateSpan> intersect(LocalDate otherFirst, LocalDate otherLast) {
        LocalDate from = first.isAfter(otherFirst) ? first : otherFirst;
        LocalDate to = last.isBefore(otherLast) ? last : otherLast;
        return to.isBefore(from) ? Optional.empty() : Optional.of(new DateSpan(from, to));
    }
}
