package org.asistream.query.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.asistream.query.period.Period;
import org.asistream.query.view.AsOf;

/** The answer of {@code GET /v1/{level}/{code}/measures}: the ten measures and the figures beside them. */
@JsonPropertyOrder({"asOf", "asOfSource"})
public record MeasuresReport(String level, String code, String name, Period period, Instant asOf, String asOfSource,
                             List<MeasureFigures> measures, ImagingFigures imaging, TariffFigures tariff,
                             DataQualityFigures dataQuality) implements StampedAnswer {

    public MeasuresReport {
        measures = List.copyOf(measures);
    }

    /** The same figures at a later clock reading. */
    public MeasuresReport withAsOf(AsOf later) {
        return new MeasuresReport(level, code, name, period, later.at(), later.source(), measures, imaging, tariff,
                dataQuality);
    }

    /** The same answer for a caller who may see the organisation's totals but not its trusts one by one. */
    public MeasuresReport withTotalsOnly() {
        return new MeasuresReport(level, code, name, period, asOf, asOfSource, measures, imaging, tariff,
                dataQuality.withoutTrusts());
    }
}
