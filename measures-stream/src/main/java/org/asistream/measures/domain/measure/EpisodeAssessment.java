package org.asistream.measures.domain.measure;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one episode amounts to at one instant of the platform's clock: an outcome for each measure whose cohort it is
 * in, its imaging and treatment figures, its TIA tariff once due, its data gaps, and the next deadline at which time
 * alone could change any of it.
 */
public final class EpisodeAssessment {

    private final EnumMap<Measure, MeasureOutcome> outcomes;
    private final HyperacuteFigures hyperacute;
    private final TiaFigures tia;
    private final TiaTariff tariff;
    private final List<DataGap> dataGaps;
    private final Instant nextDeadline;

    EpisodeAssessment(EnumMap<Measure, MeasureOutcome> outcomes, HyperacuteFigures hyperacute, TiaFigures tia,
                      TiaTariff tariff, List<DataGap> dataGaps, Instant nextDeadline) {
        this.outcomes = outcomes;
        this.hyperacute = hyperacute;
        this.tia = tia;
        this.tariff = tariff;
        this.dataGaps = List.copyOf(dataGaps);
        this.nextDeadline = nextDeadline;
    }

    /** The outcomes, in measure order; a measure is absent when the episode is not in its cohort. */
    public Collection<MeasureOutcome> outcomes() {
        return Collections.unmodifiableCollection(outcomes.values());
    }

    public Optional<MeasureOutcome> outcome(Measure measure) {
        return Optional.ofNullable(outcomes.get(measure));
    }

    /** The state for a measure, empty when the episode is not in its cohort. */
    public Optional<OutcomeState> state(Measure measure) {
        MeasureOutcome outcome = outcomes.get(measure);
        return outcome == null ? Optional.empty() : Optional.of(outcome.state());
    }

    /** Door-to-scan, scan-to-report, in-hours, door-to-needle: for stroke episodes in the measure 4a cohort. */
    public Optional<HyperacuteFigures> hyperacute() {
        return Optional.ofNullable(hyperacute);
    }

    /** TIA scanning figures: for high-risk TIA episodes. */
    public Optional<TiaFigures> tia() {
        return Optional.ofNullable(tia);
    }

    /** The TIA tariff: for TIA episodes once first contact + 24 h has passed or measure 5 is met. */
    public Optional<TiaTariff> tariff() {
        return Optional.ofNullable(tariff);
    }

    public List<DataGap> dataGaps() {
        return dataGaps;
    }

    /**
     * The earliest deadline not yet passed ({@code >= now}) at which an outcome, the tariff or the data gaps (an open
     * stay becoming overdue) would change if no new fact arrived. Assess again as soon as the platform's clock is strictly past it. Empty when only new facts
     * can change the assessment.
     */
    public Optional<Instant> nextDeadline() {
        return Optional.ofNullable(nextDeadline);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpisodeAssessment that
                && outcomes.equals(that.outcomes)
                && Objects.equals(hyperacute, that.hyperacute)
                && Objects.equals(tia, that.tia)
                && Objects.equals(tariff, that.tariff)
                && dataGaps.equals(that.dataGaps)
                && Objects.equals(nextDeadline, that.nextDeadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcomes, hyperacute, tia, tariff, dataGaps, nextDeadline);
    }

    @Override
    public String toString() {
        return "EpisodeAssessment[outcomes=" + outcomes.values() + ", hyperacute=" + hyperacute + ", tia=" + tia
                + ", tariff=" + tariff + ", dataGaps=" + dataGaps + ", nextDeadline=" + nextDeadline + "]";
    }
}
